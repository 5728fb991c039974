using Xunit.Abstractions;
using Xunit.Sdk;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        yield return needsPostgres
            ? new PostgresTestCase(diagnosticMessageSink, display, displayOptions, testMethod)
            : new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
    }
}

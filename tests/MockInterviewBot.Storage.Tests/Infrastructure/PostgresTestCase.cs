using Xunit.Abstractions;
using Xunit.Sdk;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>A test case whose skip reason comes from the environment (no server configured), not from a literal.</summary>
public sealed class PostgresTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer only.")]
    public PostgresTestCase()
    {
    }

    public PostgresTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        PostgresEnvironment.SkipReason ?? base.GetSkipReason(factAttribute);
}

using Xunit.Sdk;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>
/// A fact of the shared store suite. In a class marked <see cref="RequiresPostgresAttribute"/> it is skipped, with
/// the reason computed at discovery, when no PostgreSQL server is configured.
/// </summary>
[XunitTestCaseDiscoverer("MockInterviewBot.Storage.Tests.Infrastructure.StoreFactDiscoverer", "MockInterviewBot.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

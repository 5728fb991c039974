using MockInterviewBot.Storage.Tests.Infrastructure;

namespace MockInterviewBot.Tests.Support;

/// <summary>
/// A test that needs the PostgreSQL server named by MIB_TEST_POSTGRES. Without one it is reported as skipped with the
/// reason — except under .ci/run (MIB_REQUIRE_POSTGRES=1), where it runs and fails instead.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresEnvironment.SkipReason;
    }
}

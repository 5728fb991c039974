using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>deploy/docker-compose.yml: the bot on PostgreSQL, hardened, stopping within its drain budget.</summary>
public sealed class ComposeTests
{
    private static readonly string Text = DeployFiles.Read("deploy", "docker-compose.yml");
    private static readonly Dictionary<object, object?> Compose = DeployFiles.YamlMap("deploy", "docker-compose.yml");
    private static readonly Dictionary<object, object?> Bot = Compose.Map("services").Map("bot");

    [Fact]
    public void Has_the_bot_and_postgres_with_a_health_check()
    {
        var services = Compose.Map("services");
        Assert.Equal(["bot", "postgres"], services.Keys.Cast<string>().Order(StringComparer.Ordinal));
        var postgres = services.Map("postgres");
        Assert.StartsWith("postgres:", postgres.Scalar("image"), StringComparison.Ordinal);
        Assert.Contains("pg_isready", string.Join(' ', postgres.Map("healthcheck").Seq("test").Strings()), StringComparison.Ordinal);
        Assert.Contains(postgres.Seq("volumes").Strings(), v => v.EndsWith(":/var/lib/postgresql/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Bot_runs_read_only_with_tmp_and_data_writable()
    {
        Assert.Equal("true", Bot.Scalar("read_only"));
        Assert.Contains("/tmp", Bot.Seq("tmpfs").Strings());
        var dataVolume = Assert.Single(Bot.Seq("volumes").Strings(), v => v.EndsWith(":/data", StringComparison.Ordinal));
        var named = dataVolume.Split(':')[0];
        Assert.True(Compose.Map("volumes").ContainsKey(named), $"volume {named} must be declared at the top level");
    }

    [Fact]
    public void Bot_uses_postgres_and_waits_for_it_to_be_healthy()
    {
        var env = Bot.Map("environment");
        Assert.Equal("Postgres", env.Scalar("Storage__Provider"));
        Assert.StartsWith("Host=postgres;", env.Scalar("Storage__ConnectionString"), StringComparison.Ordinal);
        Assert.Equal("service_healthy", Bot.Map("depends_on").Map("postgres").Scalar("condition"));
    }

    [Fact]
    public void Stop_grace_period_covers_the_shutdown_drain_plus_a_margin()
    {
        using var settings = JsonDocument.Parse(DeployFiles.Read("appsettings.json"));
        var drain = TimeSpan.Parse(settings.RootElement.GetProperty("Host").GetProperty("ShutdownTimeout").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromSeconds(20), drain);
        var grace = DeployFiles.ComposeDuration(Bot.Scalar("stop_grace_period") ?? "10s");
        Assert.True(grace >= drain + TimeSpan.FromSeconds(5), $"stop_grace_period {grace} must exceed Host:ShutdownTimeout {drain} by at least 5 s");
    }

    [Fact]
    public void Bot_reads_env_file_and_postgres_password_is_required()
    {
        var envFile = Bot["env_file"] switch
        {
            string s => [s],
            List<object?> list => list.Strings().ToList(),
            _ => [],
        };
        Assert.Contains(".env", envFile);
        var uses = Regex.Matches(Text, @"\$\{POSTGRES_PASSWORD([^}]*)\}");
        Assert.True(uses.Count >= 2, "POSTGRES_PASSWORD should feed both the bot and postgres");
        Assert.All(uses, m => Assert.StartsWith(":?", m.Groups[1].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Project_name_comes_from_the_env_file_not_a_top_level_name()
    {
        // docker-compose 1.x (Debian's) rejects a top-level "name:"; COMPOSE_PROJECT_NAME works in every version.
        Assert.False(Compose.ContainsKey("name"));
        Assert.Contains(EnvExampleTests.Entries(), e => e.Key == "COMPOSE_PROJECT_NAME" && e.Value == "mockinterviewbot" && !e.Commented);
    }

    [Fact]
    public void Local_env_file_is_git_ignored()
    {
        var ignored = DeployFiles.Read(".gitignore").Split('\n').Select(l => l.Trim()).ToList();
        Assert.True(ignored.Contains("deploy/.env") || ignored.Contains(".env") || ignored.Contains("/deploy/.env"), ".gitignore must ignore deploy/.env");
    }
}

using MockInterviewBot.Tests.Support;

namespace MockInterviewBot.Tests.Hosting;

/// <summary>Missing and malformed settings stop start-up with exit 1 and a message naming the key; secrets stay out.</summary>
public sealed class ConfigurationValidationTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("mib-config-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private async Task<(int Exit, string Output)> StartAsync(params (string Key, string Value)[] environment)
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync([], "", info =>
        {
            info.Environment["Urls"] = "http://127.0.0.1:0";
            info.Environment["Storage__DataDirectory"] = Path.Combine(_temp, "data");
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        });
        return (exit, stdout + stderr);
    }

    [Theory]
    [InlineData("Interview__MaxProbes", "9", "Interview:MaxProbes must be between 0 and 5 (was 9)")]
    [InlineData("Interview__MaxProbes", "lots", "Interview:MaxProbes")]
    [InlineData("Interview__IdleTimeout", "00:00:05", "Interview:IdleTimeout must be between")]
    [InlineData("Scoring__WordsPerMinute", "5", "Scoring:WordsPerMinute must be between 60 and 400")]
    [InlineData("Host__ShutdownTimeout", "00:30:00", "Host:ShutdownTimeout must be between")]
    [InlineData("Storage__Provider", "Oracle", "Storage:Provider")]
    [InlineData("Groups__TickInterval", "00:00:00", "Groups:TickInterval must be between 00:00:01 and 00:10:00 (was 00:00:00)")]
    [InlineData("Groups__Leaderboard__TimeZone", "Mars/Olympus_Mons", "Groups:Leaderboard:TimeZone must be a known")]
    [InlineData("Groups__Pairing__HistoryRounds", "-2", "Groups:Pairing:HistoryRounds must be between 1 and 1000 (was -2)")]
    [InlineData("Admin__Token", "letmein", "Admin:Token (Admin__Token) must be at least 16 characters")]
    [InlineData("Scenarios__Directory", " ", "Scenarios:Directory must name the question bank folder")]
    public async Task Start_BadSetting_ExitsOneNamingTheKey(string key, string value, string expected)
    {
        var (exit, output) = await StartAsync((key, value));

        Assert.Equal(1, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_ExitsOneNamingTheKey()
    {
        var (exit, output) = await StartAsync(("Storage__Provider", "Postgres"), ("Storage__ConnectionString", ""));

        Assert.Equal(1, exit);
        Assert.Contains("Storage:ConnectionString", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SlackHttpModeWithoutSigningSecret_ExitsOneWithoutEchoingTheToken()
    {
        var (exit, output) = await StartAsync(("Slack__Mode", "Http"), ("Slack__BotToken", "xoxb-config-test-secret"), ("Slack__SigningSecret", ""));

        Assert.Equal(1, exit);
        Assert.Contains("Slack:SigningSecret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-config-test-secret", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SettingFromFileVariant_IsReadFromTheFile()
    {
        var file = Path.Combine(_temp, "max-probes");
        await File.WriteAllTextAsync(file, "7\n");

        var (exit, output) = await StartAsync(("Interview__MaxProbes_FILE", file));

        Assert.Equal(1, exit);
        Assert.Contains("Interview:MaxProbes must be between 0 and 5 (was 7)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FileVariantMissing_NamesTheVariableNotAContent()
    {
        var (exit, output) = await StartAsync(("Slack__BotToken_FILE", Path.Combine(_temp, "nope")));

        Assert.Equal(1, exit);
        Assert.Contains("Slack__BotToken_FILE points at", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BrokenScenarioFile_ListsFileAndLine()
    {
        var scenarios = Directory.CreateDirectory(Path.Combine(_temp, "scenarios", "general")).FullName;
        await File.WriteAllTextAsync(Path.Combine(scenarios, "broken.yaml"), "id: broken\nframework: general\nquestion: [unclosed\n");

        var (exit, output) = await StartAsync(("Scenarios__Directory", Path.Combine(_temp, "scenarios")),
            ("Scenarios__RubricsDirectory", Path.Combine(AppProcess.RepoRoot, "scenarios", "rubrics")));

        Assert.Equal(1, exit);
        Assert.Contains("Scenario or rubric files are invalid", output, StringComparison.Ordinal);
        Assert.Matches(@"broken\.yaml:\d+", output);
    }

    [Fact]
    public async Task Start_ScenarioDirectoryMissing_ExitsOneWithTheFolder()
    {
        var (exit, output) = await StartAsync(("Scenarios__Directory", Path.Combine(_temp, "missing")));

        Assert.Equal(1, exit);
        Assert.Contains("missing", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("practice")]
    public async Task Verb_FileVariantMissing_ExitsOneWithTheMessageAndNoStackTrace(string verb)
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync([verb], "an answer\n", info =>
            info.Environment["Slack__BotToken_FILE"] = Path.Combine(_temp, "nope"));

        Assert.Equal(1, exit);
        Assert.Contains("Slack__BotToken_FILE points at", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SeveralSectionsInvalid_ReportsEveryOne()
    {
        var (exit, output) = await StartAsync(("Interview__MaxProbes", "9"), ("Scoring__WordsPerMinute", "5"), ("Host__ShutdownTimeout", "00:30:00"),
            ("Storage__Provider", "Oracle"));

        Assert.Equal(1, exit);
        Assert.Contains("Interview:MaxProbes", output, StringComparison.Ordinal);
        Assert.Contains("Scoring:WordsPerMinute", output, StringComparison.Ordinal);
        Assert.Contains("Host:ShutdownTimeout", output, StringComparison.Ordinal);
        Assert.Contains("Storage:Provider", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnconvertibleValue_IsListedWithTheOtherSectionsProblems()
    {
        var (exit, output) = await StartAsync(("Interview__MaxProbes", "lots"), ("Groups__Leaderboard__Top", "many"),
            ("Scoring__WordsPerMinute", "5"), ("Groups__TickInterval", "00:00:00"));

        Assert.Equal(1, exit);
        Assert.Contains("'lots' at 'Interview:MaxProbes'", output, StringComparison.Ordinal);
        Assert.Contains("'many' at 'Groups:Leaderboard:Top'", output, StringComparison.Ordinal);
        Assert.Contains("Scoring:WordsPerMinute must be between 60 and 400", output, StringComparison.Ordinal);
        Assert.Contains("Groups:TickInterval must be between", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SlackTimeoutZero_ExitsOneNamingTheKey()
    {
        var (exit, output) = await StartAsync(("Slack__BotToken", "xoxb-config-test-fake"), ("Slack__AppToken", "xapp-config-test-fake"),
            ("Slack__RequestTimeout", "00:00:00"));

        Assert.Equal(1, exit);
        Assert.Contains("Slack:RequestTimeout must be between 00:00:01 and 1.00:00:00 (was 00:00:00)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-config-test-fake", output, StringComparison.Ordinal);
    }
}

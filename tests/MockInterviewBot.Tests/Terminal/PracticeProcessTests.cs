using System.Text;
using MockInterviewBot.Tests.Support;

namespace MockInterviewBot.Tests.Terminal;

/// <summary>The terminal practice verb, run as its own process with piped input, in every mode.</summary>
public sealed class PracticeProcessTests
{
    private const string Answer =
        "In my last role our checkout service failed every night and nobody owned it. I decided to own the fix myself. " +
        "I traced the failures to a connection pool limit, I wrote a patch, I tested it in staging with production traffic " +
        "replays and I rolled it out behind a flag. Failures dropped from 40 a week to 2 and on-call pages fell by 90 percent. " +
        "I learned to check capacity limits first.";

    private static string Repeat(string lines, int times) =>
        new StringBuilder().Insert(0, lines, times).ToString();

    [Fact]
    public async Task Practice_AnswerAndProbes_PrintsQuestionProbeAndScorecard()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(
            ["practice", "--framework", "amazon", "--competency", "ownership", "--level", "senior"],
            Repeat(Answer + "\ndone\n", 3));

        Assert.True(exit == 0, stderr);
        Assert.Contains("Practice · Amazon · Ownership", stdout, StringComparison.Ordinal);
        Assert.Contains("Follow-up:", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Verdict: (Strong Hire|Hire|Leaning Hire|Leaning No Hire|No Hire)\s+\(\d+/100\)", stdout);
        Assert.Contains("Structure", stdout, StringComparison.Ordinal);
        Assert.Contains("(end of input — goodbye)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mock_ThreeQuestions_PrintsRoundSummary()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(["practice", "--mode", "mock", "--framework", "general"], Repeat(Answer + "\ndone\n", 10));

        Assert.True(exit == 0, stderr);
        Assert.Contains("question 1 of 3", stdout, StringComparison.Ordinal);
        Assert.Contains("question 3 of 3", stdout, StringComparison.Ordinal);
        Assert.Contains("Mock round: results", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_FiveSections_CoachesEachThenScores()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(["practice", "--mode", "drill", "--framework", "general"], Repeat(Answer + "\ndone\n", 5));

        Assert.True(exit == 0, stderr);
        Assert.Contains("Section 1 of 5: **Situation**", stdout, StringComparison.Ordinal);
        Assert.Contains("Section 5 of 5", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Verdict: [A-Za-z ]+\s+\(\d+/100\)", stdout);
    }

    [Fact]
    public async Task Learn_AllPages_EndsWithWaysToPractice()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(["practice", "--mode", "learn", "--framework", "general"], Repeat("next\n", 10));

        Assert.True(exit == 0, stderr);
        Assert.Contains("Learn · 1/10: Overview", stdout, StringComparison.Ordinal);
        Assert.Contains("That's the whole walkthrough", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_TenAnswers_PrintsScoreByDifficulty()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(["practice", "--mode", "quiz"], Repeat("2\n", 10));

        Assert.True(exit == 0, stderr);
        Assert.Contains("Question 1 of 10", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Your score: \*\*\d+/10 correct\*\*", stdout);
        Assert.Contains("By difficulty:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--mode", "karaoke", "unknown mode 'karaoke'")]
    [InlineData("--framework", "netflix", "unknown framework 'netflix'")]
    [InlineData("--competency", "juggling", "unknown competency 'juggling'")]
    [InlineData("--level", "wizard", "unknown level 'wizard'")]
    [InlineData("--role", "astronaut", "unknown role 'astronaut'")]
    [InlineData("--scenario", "no-such-scenario", "unknown scenario 'no-such-scenario'")]
    public async Task Practice_BadOption_ExitsTwoWithClearMessage(string option, string value, string expected)
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(["practice", option, value], "");

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Practice_RoleFilter_AsksAQuestionForThatRole()
    {
        var (exit, stdout, stderr) = await AppProcess.RunAsync(["practice", "--framework", "amazon", "--role", "pm"], "end\n");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Practice · Amazon", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ignores", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_EmptyInput_EndsCleanly()
    {
        var (exit, stdout, _) = await AppProcess.RunAsync(["practice"], "");

        Assert.Equal(0, exit);
        Assert.Contains("(end of input — goodbye)", stdout, StringComparison.Ordinal);
    }
}

using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Cli;

/// <summary>
/// <c>score [--scenario ID | --question TEXT] [--level entry|mid|senior] [--framework amazon|meta|google|general] [--json]</c>:
/// reads one answer from stdin and prints its scorecard (readable, or the Scorecard JSON with --json).
/// Exit 0 when scored (also NotScored); 2 for unusable input (empty stdin, more than <see cref="MaxAnswerChars"/>
/// characters, unknown scenario, level or framework) with a one-line message on stderr.
/// </summary>
public static class ScoreVerb
{
    public const string Name = "score";
    public const string Description = "Score one answer read from stdin and print the scorecard (--json for the Scorecard as JSON).";

    /// <summary>Largest answer accepted on stdin: 64 KiB of text (a 3-minute answer is about 3,000 characters).</summary>
    public const int MaxAnswerChars = 65_536;

    public const int ExitScored = 0;
    public const int ExitUnusableInput = 2;

    public static async Task<int> RunAsync(ScoreVerbArguments args, TextReader stdin, TextWriter stdout, TextWriter stderr, IAnswerScorer scorer, IScenarioCatalog? catalog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(scorer);

        if (!TryParseLevel(args.Level, out var level))
        {
            return await FailAsync(stderr, $"error: unknown level '{args.Level}' (use entry, mid or senior)").ConfigureAwait(false);
        }

        if (args.Framework is not null && !Frameworks.IsKnown(args.Framework.ToLowerInvariant()))
        {
            return await FailAsync(stderr, $"error: unknown framework '{args.Framework}' (use {string.Join(", ", Frameworks.All)})").ConfigureAwait(false);
        }

        Scenario? scenario = null;
        if (!string.IsNullOrWhiteSpace(args.ScenarioId))
        {
            scenario = catalog?.Find(args.ScenarioId);
            if (scenario is null)
            {
                return await FailAsync(stderr, $"error: unknown scenario '{args.ScenarioId}'").ConfigureAwait(false);
            }
        }

        var (answer, tooLong) = await ReadAnswerAsync(stdin, ct).ConfigureAwait(false);
        if (tooLong)
        {
            return await FailAsync(stderr, $"error: the answer is longer than {MaxAnswerChars} characters").ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            return await FailAsync(stderr, "error: no answer on stdin (pipe or type the answer, then end the input)").ConfigureAwait(false);
        }

        var framework = args.Framework?.ToLowerInvariant() ?? scenario?.Framework ?? Frameworks.General;
        var context = new AnswerContext
        {
            AnswerText = answer,
            Scenario = scenario is null ? null : ScoringBridge.Map(scenario),
            QuestionText = scenario?.Question ?? args.Question,
            Level = level,
            Framework = framework,
            Competency = scenario is { Competencies.Count: > 0 } ? scenario.Competencies[0] : null,
        };

        var card = scorer.Score(context);
        var output = args.Json ? ScorecardJson.Serialize(card, indented: true) : ScorecardFormatter.Format(card);
        await stdout.WriteLineAsync(output.AsMemory(), ct).ConfigureAwait(false);
        await stdout.FlushAsync(ct).ConfigureAwait(false);
        return ExitScored;
    }

    public static bool TryParseLevel(string? text, out Level level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "mid":
                level = Level.Mid;
                return true;
            case "entry" or "junior":
                level = Level.Entry;
                return true;
            case "senior":
                level = Level.Senior;
                return true;
            default:
                level = Level.Mid;
                return false;
        }
    }

    private static async Task<(string Text, bool TooLong)> ReadAnswerAsync(TextReader stdin, CancellationToken ct)
    {
        var buffer = new char[8192];
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var read = await stdin.ReadAsync(buffer.AsMemory(), ct).ConfigureAwait(false);
            if (read == 0)
            {
                return (text.ToString(), false);
            }

            if (text.Length + read > MaxAnswerChars)
            {
                return (string.Empty, true);
            }

            text.Append(buffer, 0, read);
        }
    }

    private static async Task<int> FailAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync(message).ConfigureAwait(false);
        return ExitUnusableInput;
    }
}

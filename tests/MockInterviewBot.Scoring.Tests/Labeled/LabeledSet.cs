using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MockInterviewBot.Scoring.Tests.Labeled;

/// <summary>One labeled answer as scored: its group (question or probe), label, score and signals.</summary>
public sealed record LabeledResult(string Id, string Group, bool Strong, bool IsProbe, int Score, Verdict Verdict, Signals Predicted, IReadOnlySet<string> Labeled, string Text, IReadOnlyList<Evidence> Evidence, IReadOnlyList<RedFlag> RedFlags);

/// <summary>Loads Labeled/*.yaml and scores every answer with the real rubric.</summary>
public static class LabeledSet
{
    private static readonly Lazy<IReadOnlyList<LabeledResult>> Cached = new(() => Score(Support.TestRubrics.Scorer()));

    public static IReadOnlyList<LabeledResult> Results => Cached.Value;

    public static IReadOnlyList<LabeledQuestion> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var dir = Path.Combine(AppContext.BaseDirectory, "Labeled");
        var questions = new List<LabeledQuestion>();
        foreach (var file in Directory.EnumerateFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
        {
            var doc = deserializer.Deserialize<LabeledFile>(File.ReadAllText(file));
            questions.AddRange(doc.Questions);
        }

        return questions;
    }

    public static IReadOnlyList<LabeledResult> Score(IAnswerScorer scorer)
    {
        var results = new List<LabeledResult>();
        foreach (var q in Load())
        {
            var questionLevel = ParseLevel(q.Level);
            foreach (var a in q.Answers)
            {
                var card = scorer.Score(Context(q, a.Text, ParseLevel(a.Level ?? q.Level), []));
                var evidence = card.Dimensions.SelectMany(d => d.Evidence).ToArray();
                results.Add(new LabeledResult(a.Id, q.Id, IsStrong(a), false, card.Overall, card.Verdict, card.Signals, Set(a), a.Text, evidence, card.RedFlags));
            }

            var story = q.Answers.First(a => IsStrong(a)).Text;
            foreach (var probe in q.Probes)
            {
                foreach (var a in probe.Answers)
                {
                    var card = scorer.Score(Context(q, story, questionLevel, [new ProbeAnswer(probe.Id, probe.Question, a.Text, probe.Triggers)]));
                    var effect = card.ProbeEffects[0];
                    results.Add(new LabeledResult(a.Id, probe.Id, IsStrong(a), true, effect.Score, effect.ProbeVerdict, effect.Signals, Set(a), a.Text, effect.Evidence, []));
                }
            }
        }

        return results;
    }

    private static AnswerContext Context(LabeledQuestion q, string text, Level level, IReadOnlyList<ProbeAnswer> probes) => new()
    {
        AnswerText = text,
        QuestionText = q.Question,
        Framework = q.Framework,
        Competency = q.Competency,
        Level = level,
        ProbeAnswers = probes,
    };

    private static bool IsStrong(LabeledAnswer a) => a.Label switch
    {
        "strong" => true,
        "weak" => false,
        _ => throw new InvalidOperationException($"{a.Id}: label must be strong or weak"),
    };

    private static HashSet<string> Set(LabeledAnswer a)
    {
        foreach (var s in a.Signals)
        {
            if (!SignalCatalog.IsKnown(s))
            {
                throw new InvalidOperationException($"{a.Id}: unknown signal label '{s}'");
            }
        }

        return new HashSet<string>(a.Signals, StringComparer.Ordinal);
    }

    private static Level ParseLevel(string? level) => level switch
    {
        "entry" => Level.Entry,
        "senior" => Level.Senior,
        _ => Level.Mid,
    };
}

public sealed class LabeledFile
{
    public List<LabeledQuestion> Questions { get; set; } = [];
}

public sealed class LabeledQuestion
{
    public string Id { get; set; } = "";
    public string Question { get; set; } = "";
    public string Framework { get; set; } = "general";
    public string? Competency { get; set; }
    public string? Level { get; set; }
    public List<LabeledAnswer> Answers { get; set; } = [];
    public List<LabeledProbe> Probes { get; set; } = [];
}

public sealed class LabeledProbe
{
    public string Id { get; set; } = "";
    public string Question { get; set; } = "";
    public List<string> Triggers { get; set; } = [];
    public List<LabeledAnswer> Answers { get; set; } = [];
}

public sealed class LabeledAnswer
{
    public string Id { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Level { get; set; }
    public List<string> Signals { get; set; } = [];
    public string Text { get; set; } = "";
}

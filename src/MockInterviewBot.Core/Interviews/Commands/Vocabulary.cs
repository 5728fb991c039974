using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>The words people type for modes, frameworks, levels, difficulties, sections, competencies and roles.</summary>
public static class Vocabulary
{
    private static readonly Dictionary<string, InterviewMode> ModeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["practice"] = InterviewMode.Practice,
        ["mock"] = InterviewMode.Mock,
        ["drill"] = InterviewMode.Drill,
        ["learn"] = InterviewMode.Learn,
        ["quiz"] = InterviewMode.Quiz,
        ["test"] = InterviewMode.Quiz,
    };

    private static readonly Dictionary<string, string> FrameworkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["amazon"] = Frameworks.Amazon,
        ["lp"] = Frameworks.Amazon,
        ["meta"] = Frameworks.Meta,
        ["facebook"] = Frameworks.Meta,
        ["google"] = Frameworks.Google,
        ["general"] = Frameworks.General,
    };

    private static readonly Dictionary<string, Level> LevelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["entry"] = Level.Entry,
        ["junior"] = Level.Entry,
        ["sde1"] = Level.Entry,
        ["new-grad"] = Level.Entry,
        ["mid"] = Level.Mid,
        ["sde2"] = Level.Mid,
        ["senior"] = Level.Senior,
        ["sde3"] = Level.Senior,
        ["staff"] = Level.Senior,
        ["principal"] = Level.Senior,
    };

    private static readonly Dictionary<string, Difficulty> DifficultyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["easy"] = Difficulty.Easy,
        ["medium"] = Difficulty.Medium,
        ["hard"] = Difficulty.Hard,
    };

    private static readonly Dictionary<string, StarSection> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["situation"] = StarSection.Situation,
        ["s"] = StarSection.Situation,
        ["task"] = StarSection.Task,
        ["t"] = StarSection.Task,
        ["action"] = StarSection.Action,
        ["a"] = StarSection.Action,
        ["result"] = StarSection.Result,
        ["r"] = StarSection.Result,
        ["reflection"] = StarSection.Reflection,
    };

    public static IReadOnlyList<InterviewMode> Modes { get; } =
        [InterviewMode.Practice, InterviewMode.Mock, InterviewMode.Drill, InterviewMode.Learn, InterviewMode.Quiz];

    public static IReadOnlyList<Level> Levels { get; } = [Level.Entry, Level.Mid, Level.Senior];

    public static bool TryMode(string word, out InterviewMode mode) => ModeWords.TryGetValue(word, out mode);

    public static bool TryFramework(string word, out string framework)
    {
        if (FrameworkWords.TryGetValue(word, out var found))
        {
            framework = found;
            return true;
        }

        framework = "";
        return false;
    }

    public static bool TryLevel(string word, out Level level) => LevelWords.TryGetValue(word, out level);

    public static bool TryDifficulty(string word, out Difficulty difficulty) => DifficultyWords.TryGetValue(word, out difficulty);

    public static bool TrySection(string word, out StarSection section) => SectionWords.TryGetValue(word.TrimEnd(':', '.'), out section);

    /// <summary>A competency id, or its name with spaces/underscores replaced by hyphens.</summary>
    public static bool TryCompetency(string word, out string competency)
    {
        var normalized = word.Replace('_', '-').ToLowerInvariant();
        var match = Competencies.All.FirstOrDefault(c => string.Equals(c.Id, normalized, StringComparison.Ordinal));
        competency = match?.Id ?? "";
        return match is not null;
    }

    /// <summary>A role id or one of <see cref="Competencies.RoleAliases"/>.</summary>
    public static bool TryRole(string word, out string role)
    {
        if (Competencies.RoleAliases.TryGetValue(word, out var aliased))
        {
            role = aliased;
            return true;
        }

        var known = Competencies.Roles.FirstOrDefault(r => string.Equals(r, word, StringComparison.OrdinalIgnoreCase));
        role = known ?? "";
        return known is not null;
    }

    public static string ModeWord(InterviewMode mode) => mode switch
    {
        InterviewMode.Practice => "practice",
        InterviewMode.Mock => "mock",
        InterviewMode.Drill => "drill",
        InterviewMode.Learn => "learn",
        _ => "quiz",
    };

    public static string LevelWord(Level level) => level switch
    {
        Level.Entry => "entry",
        Level.Senior => "senior",
        _ => "mid",
    };

    public static string DifficultyWord(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "easy",
        Difficulty.Hard => "hard",
        _ => "medium",
    };

    public static string FrameworkName(string framework) => framework switch
    {
        Frameworks.Amazon => "Amazon",
        Frameworks.Meta => "Meta",
        Frameworks.Google => "Google",
        _ => "General",
    };

    public static string CompetencyName(string? framework, string? competency)
    {
        if (competency is null)
        {
            return "any competency";
        }

        var found = (framework is null ? null : Competencies.Find(framework, competency))
            ?? Competencies.All.FirstOrDefault(c => string.Equals(c.Id, competency, StringComparison.OrdinalIgnoreCase));
        return found?.Name ?? competency;
    }

    public static string LevelName(Level level) => level switch
    {
        Level.Entry => "entry level",
        Level.Senior => "senior",
        _ => "mid level",
    };
}

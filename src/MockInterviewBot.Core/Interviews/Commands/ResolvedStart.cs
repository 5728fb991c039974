using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>A start request with the person's settings and the defaults filled in. A null framework means any.</summary>
public sealed record ResolvedStart(
    InterviewMode Mode,
    string? Framework,
    string? Competency,
    Level Level,
    string? Role,
    Difficulty? Difficulty,
    string? ScenarioId,
    int Count,
    bool ThisPattern)
{
    /// <summary>Merges the request over the person's settings; an explicit competency brings its own framework.</summary>
    public static ResolvedStart From(StartRequest request, UserSettings settings, InterviewOptions options)
    {
        var framework = request.Framework ?? settings.Framework;
        if (request.Competency is { } competency && (framework is null || Competencies.Find(framework, competency) is null))
        {
            var owners = Competencies.All.Where(c => string.Equals(c.Id, competency, StringComparison.Ordinal)).ToArray();
            if (owners.Length > 0)
            {
                framework = (owners.FirstOrDefault(c => c.Framework == Frameworks.General) ?? owners[0]).Framework;
            }
        }

        return new ResolvedStart(
            request.Mode ?? InterviewMode.Practice,
            framework,
            request.Competency,
            request.Level ?? settings.Level ?? Level.Mid,
            request.Role ?? settings.Role,
            request.Difficulty,
            request.ScenarioId,
            Math.Clamp(request.Count ?? options.MockQuestions, 1, 10),
            request.ThisPattern);
    }

    public StartRequest ToRequest() => new()
    {
        Mode = Mode,
        Framework = Framework,
        Competency = Competency,
        Level = Level,
        Role = Role,
        Difficulty = Difficulty,
        ScenarioId = ScenarioId,
        ThisPattern = ThisPattern,
    };
}

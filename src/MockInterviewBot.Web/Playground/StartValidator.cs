using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Web.Playground;

/// <summary>Checks a start body against the engine's vocabulary and writes it as start arguments.</summary>
internal static class StartValidator
{
    /// <summary>The start arguments, or an error message naming the bad field.</summary>
    public static (string? Args, string? Error) Validate(StartBody body)
    {
        var request = new StartRequest();
        if (Present(body.Mode) is { } mode)
        {
            if (!Vocabulary.TryMode(mode, out var m))
            {
                return (null, $"Unknown mode '{Clip(mode)}'. Use one of: practice, mock, drill, learn, quiz.");
            }

            request = request with { Mode = m };
        }

        if (Present(body.Framework) is { } framework)
        {
            if (!Vocabulary.TryFramework(framework, out var f))
            {
                return (null, $"Unknown framework '{Clip(framework)}'. Use one of: amazon, meta, google, general.");
            }

            request = request with { Framework = f };
        }

        if (Present(body.Competency) is { } competency)
        {
            if (!Vocabulary.TryCompetency(competency, out var c))
            {
                return (null, $"Unknown competency '{Clip(competency)}'.");
            }

            if (request.Framework is { } chosen && Competencies.Find(chosen, c) is null)
            {
                return (null, $"Competency '{c}' is not part of the {Vocabulary.FrameworkName(chosen)} framework.");
            }

            request = request with { Competency = c };
        }

        if (Present(body.Level) is { } level)
        {
            if (!Vocabulary.TryLevel(level, out var l))
            {
                return (null, $"Unknown level '{Clip(level)}'. Use one of: entry, mid, senior.");
            }

            request = request with { Level = l };
        }

        if (Present(body.Role) is { } role)
        {
            if (!Vocabulary.TryRole(role, out var r))
            {
                return (null, $"Unknown role '{Clip(role)}'. Use one of: {string.Join(", ", Competencies.Roles)}.");
            }

            request = request with { Role = r };
        }

        var args = request.ToArgs();
        return (args.Length == 0 ? "practice" : args, null);
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Echoes at most 40 characters of what was sent.</summary>
    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

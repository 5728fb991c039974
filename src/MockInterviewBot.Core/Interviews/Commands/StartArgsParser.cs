using System.Globalization;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>The result of reading start arguments: what was understood and the words that were not.</summary>
public sealed record StartArgs(StartRequest Request, IReadOnlyList<string> Unknown);

/// <summary>
/// Reads <c>start [mode] [framework] [competency] [level] [--role R]</c> in any order: every word is recognised by
/// its vocabulary. Options <c>--mode --framework --competency --level --role --scenario</c> are accepted too.
/// </summary>
public static class StartArgsParser
{
    public static StartArgs Parse(IReadOnlyList<string> words, Func<string, bool>? isScenarioId = null)
    {
        var request = new StartRequest();
        var unknown = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Trim().Trim(',', ';');
            if (word.Length == 0)
            {
                continue;
            }

            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var name = word[2..];
                string? value = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (!string.Equals(name, "pattern", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count)
                {
                    value = words[++i];
                }

                request = ApplyOption(request, name, value, word, unknown, isScenarioId);
                continue;
            }

            request = ApplyWord(request, word, unknown, isScenarioId);
        }

        return new StartArgs(request, unknown);
    }

    private static StartRequest ApplyOption(StartRequest request, string name, string? value, string raw, List<string> unknown, Func<string, bool>? isScenarioId)
    {
        switch (name.ToLowerInvariant())
        {
            case "pattern":
                return request with { ThisPattern = true };
            case "scenario" when !string.IsNullOrWhiteSpace(value):
                return request with { ScenarioId = value };
            case "role" when value is not null && Vocabulary.TryRole(value, out var role):
                return request with { Role = role };
            case "mode" or "framework" or "competency" or "level" or "difficulty" when value is not null:
                var before = unknown.Count;
                var applied = ApplyWord(request, value, unknown, isScenarioId);
                return unknown.Count == before ? applied : request;
            default:
                unknown.Add(value is null ? raw : $"{raw} {value}");
                return request;
        }
    }

    private static StartRequest ApplyWord(StartRequest request, string word, List<string> unknown, Func<string, bool>? isScenarioId)
    {
        if (Vocabulary.TryMode(word, out var mode))
        {
            return request with { Mode = mode };
        }

        if (Vocabulary.TryFramework(word, out var framework))
        {
            return request with { Framework = framework };
        }

        if (Vocabulary.TryLevel(word, out var level))
        {
            return request with { Level = level };
        }

        if (Vocabulary.TryDifficulty(word, out var difficulty))
        {
            return request with { Difficulty = difficulty };
        }

        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 10)
        {
            return request with { Count = count };
        }

        if (Vocabulary.TryCompetency(word, out var competency))
        {
            return request with { Competency = competency };
        }

        if (Vocabulary.TryRole(word, out var role))
        {
            return request with { Role = role };
        }

        if (isScenarioId is not null && isScenarioId(word))
        {
            return request with { ScenarioId = word };
        }

        unknown.Add(word);
        return request;
    }
}

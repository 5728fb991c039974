using System.Globalization;
using System.Text.Json;
using MockInterviewBot.Discord.Json;

namespace MockInterviewBot.Discord.Commands;

/// <summary>Flattens a /mock invocation into the command words the engine understands ("practice amazon ownership senior", "history").</summary>
public static class SlashCommandParser
{
    public sealed record ParsedCommand(string Subcommand, string Text);

    public static ParsedCommand Parse(InteractionData data)
    {
        var options = data.Options ?? [];
        var subcommand = "start";
        if (options is [{ Type: 1 or 2 } sub])
        {
            subcommand = sub.Name ?? "start";
            options = sub.Options ?? [];
            if (options is [{ Type: 1 } nested])
            {
                subcommand = nested.Name ?? subcommand;
                options = nested.Options ?? [];
            }
        }

        var words = new List<string>();
        if (subcommand != "start")
        {
            words.Add(subcommand);
        }

        var byName = options.Where(o => o.Name is not null).ToDictionary(o => o.Name!, StringComparer.Ordinal);
        foreach (var name in MockCommand.StartOptionOrder)
        {
            if (byName.Remove(name, out var option) && Value(option) is { Length: > 0 } value)
            {
                words.Add(value);
            }
        }

        // Anything else (newer options) keeps its order after the known ones.
        words.AddRange(options.Where(o => o.Name is not null && byName.ContainsKey(o.Name)).Select(Value).OfType<string>().Where(v => v.Length > 0));
        return new ParsedCommand(subcommand, string.Join(' ', words));
    }

    /// <summary>The focused option of an autocomplete interaction, and the framework chosen so far.</summary>
    public static (string? Focused, string Typed, string? Framework) Autocomplete(InteractionData data)
    {
        var options = data.Options ?? [];
        if (options is [{ Type: 1 } sub])
        {
            options = sub.Options ?? [];
        }

        var focused = options.FirstOrDefault(o => o.Focused);
        var framework = options.FirstOrDefault(o => o.Name == "framework");
        return (focused?.Name, focused is null ? "" : Value(focused) ?? "", framework is null ? null : Value(framework));
    }

    private static string? Value(InteractionOption option) => option.Value.ValueKind switch
    {
        JsonValueKind.String => option.Value.GetString()?.Trim(),
        JsonValueKind.Number => option.Value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    } is { } text ? text.ToLower(CultureInfo.InvariantCulture) : null;
}

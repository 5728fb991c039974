namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>
/// Turns typed text into a command. A chat message only counts as a command when the whole message fits the
/// command's grammar ("done", "example action", "start mock amazon senior"), so an answer that merely starts with
/// "Start" or "Next" stays an answer. Slash-command arguments are always commands; empty arguments open the menu.
/// </summary>
public sealed class CommandParser(Func<string, bool>? isScenarioId = null)
{
    private static readonly Dictionary<string, CommandVerb> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = CommandVerb.Start,
        ["begin"] = CommandVerb.Start,
        ["done"] = CommandVerb.Done,
        ["submit"] = CommandVerb.Done,
        ["hint"] = CommandVerb.Hint,
        ["skip"] = CommandVerb.Skip,
        ["pass"] = CommandVerb.Skip,
        ["repeat"] = CommandVerb.Repeat,
        ["example"] = CommandVerb.Example,
        ["next"] = CommandVerb.Next,
        ["retry"] = CommandVerb.Retry,
        ["end"] = CommandVerb.End,
        ["stop"] = CommandVerb.End,
        ["quit"] = CommandVerb.End,
        ["exit"] = CommandVerb.End,
        ["status"] = CommandVerb.Status,
        ["history"] = CommandVerb.History,
        ["settings"] = CommandVerb.Settings,
        ["setting"] = CommandVerb.Settings,
        ["forget"] = CommandVerb.Forget,
        ["help"] = CommandVerb.Help,
        ["?"] = CommandVerb.Help,
        ["commands"] = CommandVerb.Help,
        ["menu"] = CommandVerb.Menu,
    };

    /// <summary>Parses a chat message (DM, thread reply, terminal line).</summary>
    public ParsedCommand ParseMessage(string text)
    {
        var words = Split(text);
        if (words.Count == 0)
        {
            return ParsedCommand.NotACommand;
        }

        if (IsTestThisPattern(words))
        {
            return new ParsedCommand(CommandVerb.Start, ["quiz", "--pattern"]);
        }

        if (!Verbs.TryGetValue(Clean(words[0]), out var verb))
        {
            return ParsedCommand.NotACommand;
        }

        var args = words.Skip(1).ToArray();
        return IsWellFormed(verb, args) ? Build(verb, args) : ParsedCommand.NotACommand;
    }

    /// <summary>Parses slash-command arguments: empty opens the menu, bare start words start, anything else is a command.</summary>
    public static ParsedCommand ParseSlash(string text)
    {
        var words = Split(text);
        if (words.Count == 0)
        {
            return new ParsedCommand(CommandVerb.Menu, []);
        }

        if (IsTestThisPattern(words))
        {
            return new ParsedCommand(CommandVerb.Start, ["quiz", "--pattern"]);
        }

        if (Verbs.TryGetValue(Clean(words[0]), out var verb))
        {
            return Build(verb, words.Skip(1).ToArray());
        }

        // "/mock practice amazon ownership senior": arguments of start without the verb.
        return new ParsedCommand(CommandVerb.Start, words);
    }

    private static ParsedCommand Build(CommandVerb verb, string[] args)
    {
        if (verb == CommandVerb.Forget && args.Length == 1 && string.Equals(Clean(args[0]), "confirm", StringComparison.OrdinalIgnoreCase))
        {
            return new ParsedCommand(CommandVerb.ForgetConfirm, []);
        }

        return new ParsedCommand(verb, args);
    }

    private bool IsWellFormed(CommandVerb verb, string[] args) => verb switch
    {
        CommandVerb.Start => StartArgsParser.Parse(args, isScenarioId).Unknown.Count == 0,
        CommandVerb.Example => args.Length == 0 || (args.Length == 1 && Vocabulary.TrySection(args[0], out _)),
        CommandVerb.Settings => args.Length <= 3,
        CommandVerb.History => HistoryCommand.IsWellFormed(args),
        CommandVerb.Forget => args.Length == 0 || (args.Length == 1 && string.Equals(Clean(args[0]), "confirm", StringComparison.OrdinalIgnoreCase)),
        _ => args.Length == 0,
    };

    private static bool IsTestThisPattern(List<string> words) =>
        words.Count == 3
        && string.Equals(Clean(words[0]), "test", StringComparison.OrdinalIgnoreCase)
        && string.Equals(Clean(words[1]), "this", StringComparison.OrdinalIgnoreCase)
        && string.Equals(Clean(words[2]), "pattern", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string word) => word.Trim().TrimEnd('.', '!', ',').TrimStart('/');

    private static List<string> Split(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        // Mentions of the bot ("<@U123> start") are not part of the command.
        while (words.Count > 0 && words[0].StartsWith("<@", StringComparison.Ordinal) && words[0].EndsWith('>'))
        {
            words.RemoveAt(0);
        }

        return words;
    }
}

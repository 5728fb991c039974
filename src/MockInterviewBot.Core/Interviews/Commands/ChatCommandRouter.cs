using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>Finds the registered <see cref="IChatCommand"/> an inbound event is for, with its argument text.</summary>
public sealed class ChatCommandRouter
{
    /// <summary>Typed messages longer than this are answers, not commands, even when the first word matches.</summary>
    public const int MaxMessageWords = 12;

    private readonly Dictionary<string, IChatCommand> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Prefix, IChatCommand Command)> _byPrefix = [];
    private readonly List<IChatCommand> _commands = [];

    public ChatCommandRouter(IEnumerable<IChatCommand>? commands)
    {
        foreach (var command in commands ?? [])
        {
            _commands.Add(command);
            foreach (var name in command.Names)
            {
                _byName.TryAdd(name.Trim(), command);
            }

            foreach (var prefix in command.ActionPrefixes.Where(p => p.Length > 0))
            {
                _byPrefix.Add((prefix, command));
            }
        }

        // Longest prefix first, so "pair_rate" wins over "pair".
        _byPrefix.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
    }

    public IReadOnlyList<IChatCommand> Commands => _commands;

    /// <summary>Help lines of every registered command, in registration order.</summary>
    public IReadOnlyList<string> HelpLines => _commands.SelectMany(c => c.HelpLines).ToArray();

    /// <summary>The command and its arguments, or null when the event is not for a registered command.</summary>
    public (IChatCommand Command, string Arguments)? Match(InboundEvent inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        switch (inbound.Kind)
        {
            case InboundKind.Action:
                var actionId = inbound.ActionId ?? "";
                foreach (var (prefix, command) in _byPrefix)
                {
                    if (actionId.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return (command, inbound.ActionValue ?? "");
                    }
                }

                return null;
            case InboundKind.Command:
                return ByFirstWord(inbound.Text, int.MaxValue);
            case InboundKind.Message:
                return ByFirstWord(inbound.Text, MaxMessageWords);
            default:
                return null;
        }
    }

    private (IChatCommand Command, string Arguments)? ByFirstWord(string text, int maxWords)
    {
        if (_byName.Count == 0)
        {
            return null;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        // Mentions of the bot ("<@U123> schedule list") are not part of the command.
        while (words.Count > 0 && words[0].StartsWith("<@", StringComparison.Ordinal) && words[0].EndsWith('>'))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || words.Count > maxWords)
        {
            return null;
        }

        var first = words[0].TrimStart('/').TrimEnd('.', '!', ',', ':');
        return _byName.TryGetValue(first, out var command) ? (command, string.Join(' ', words.Skip(1))) : null;
    }
}

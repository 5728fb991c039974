using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>What an inbound event asks for, whatever its form (word, slash command, button).</summary>
public sealed record TurnInput(CommandVerb Verb, IReadOnlyList<string> Args)
{
    /// <summary>The session id a button was bound to, if any.</summary>
    public string? BoundSessionId { get; init; }

    public StarSection? Section { get; init; }

    public int? Choice { get; init; }

    /// <summary>AnswerToo: the scenario (or session) the person wants to answer too. History: the session to replay.</summary>
    public string? Target { get; init; }

    /// <summary>The action id was not one the engine knows.</summary>
    public bool UnknownAction { get; init; }
}

/// <summary>Reads an inbound event as a <see cref="TurnInput"/>.</summary>
public sealed class InputClassifier(CommandParser parser)
{
    private static readonly Dictionary<string, CommandVerb> SessionActions = new(StringComparer.Ordinal)
    {
        [ActionIds.Submit] = CommandVerb.Done,
        [ActionIds.Hint] = CommandVerb.Hint,
        [ActionIds.Skip] = CommandVerb.Skip,
        [ActionIds.Repeat] = CommandVerb.Repeat,
        [ActionIds.Example] = CommandVerb.Example,
        [ActionIds.Next] = CommandVerb.Next,
        [ActionIds.Retry] = CommandVerb.Retry,
        [ActionIds.End] = CommandVerb.End,
    };

    public TurnInput Classify(InboundEvent inbound) => inbound.Kind switch
    {
        InboundKind.Message => FromCommand(parser.ParseMessage(inbound.Text)),
        InboundKind.Command => FromCommand(CommandParser.ParseSlash(inbound.Text)),
        InboundKind.Action => FromAction(inbound.ActionId ?? "", inbound.ActionValue),
        _ => new TurnInput(CommandVerb.None, []),
    };

    private static TurnInput FromCommand(ParsedCommand command)
    {
        if (command.Verb == CommandVerb.Example && command.Args.Count == 1 && Vocabulary.TrySection(command.Args[0], out var section))
        {
            return new TurnInput(CommandVerb.Example, command.Args) { Section = section };
        }

        return new TurnInput(command.Verb, command.Args);
    }

    private static TurnInput FromAction(string actionId, string? value)
    {
        if (SessionActions.TryGetValue(actionId, out var verb))
        {
            var (sessionId, argument) = SessionButtons.Parse(value);
            StarSection? section = argument is not null && Vocabulary.TrySection(argument, out var s) ? s : null;
            return new TurnInput(verb, []) { BoundSessionId = sessionId, Section = section };
        }

        return actionId switch
        {
            ActionIds.Start => FromCommand(CommandParser.ParseSlash(value ?? "")) is { Verb: CommandVerb.Menu } ? new TurnInput(CommandVerb.Start, []) : FromCommand(CommandParser.ParseSlash(value ?? "")),
            ActionIds.PickMode or ActionIds.PickFramework or ActionIds.PickCompetency or ActionIds.PickLevel =>
                new TurnInput(CommandVerb.Pick, Split(value)),
            ActionIds.QuizChoice => int.TryParse(SessionButtons.Parse(value).Argument ?? value, NumberStyles.None, CultureInfo.InvariantCulture, out var choice)
                ? new TurnInput(CommandVerb.QuizChoice, []) { Choice = choice }
                : new TurnInput(CommandVerb.None, []) { UnknownAction = true },
            ActionIds.AnswerToo => new TurnInput(CommandVerb.AnswerToo, []) { Target = value },
            ActionIds.ForgetConfirm => new TurnInput(CommandVerb.ForgetConfirm, []),
            ActionIds.HistoryReplay when !string.IsNullOrWhiteSpace(value) => new TurnInput(CommandVerb.History, ["replay"]) { Target = value },
            _ => new TurnInput(CommandVerb.None, []) { UnknownAction = true },
        };
    }

    private static string[] Split(string? value) =>
        (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

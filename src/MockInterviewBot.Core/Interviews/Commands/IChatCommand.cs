using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>
/// A chat command the engine does not know itself (study-group features register theirs through DI). The engine
/// routes to it when the first word of a slash command (<c>/mock schedule daily 09:00 …</c>), of the Discord
/// subcommand, or of a typed message (<c>schedule list</c>) is one of <see cref="Names"/>; and when a button's action
/// id starts with one of <see cref="ActionPrefixes"/>. A registered name wins over a built-in word of the same name.
/// </summary>
public interface IChatCommand
{
    /// <summary>Command words, lower case ("schedule", "digest").</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Action-id prefixes this command owns ("schedule_", "pair_rate"); empty when it has no buttons.</summary>
    IReadOnlyList<string> ActionPrefixes { get; }

    /// <summary>Lines for the help text, in the same style as the built-in ones ("`schedule list`: …").</summary>
    IReadOnlyList<string> HelpLines { get; }

    /// <summary>
    /// Handles the command. <paramref name="arguments"/> is the text after the command word for commands and
    /// messages, and the action value for buttons (the action id is in <see cref="InboundEvent.ActionId"/>).
    /// </summary>
    Task<EngineResponse> HandleAsync(InboundEvent inbound, string arguments, CancellationToken cancellationToken);
}

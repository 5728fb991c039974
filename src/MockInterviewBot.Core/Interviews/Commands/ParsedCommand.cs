namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>A recognised command with its remaining arguments (already split into words).</summary>
public sealed record ParsedCommand(CommandVerb Verb, IReadOnlyList<string> Args)
{
    public static ParsedCommand NotACommand { get; } = new(CommandVerb.None, []);

    /// <summary>The arguments joined back with single spaces.</summary>
    public string ArgText => string.Join(' ', Args);
}

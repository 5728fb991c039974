using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Core.Interviews;

/// <summary>The platform-neutral interview state machine.</summary>
public interface IInterviewEngine
{
    /// <summary>
    /// Handles one inbound event: records it in the session, saves the session, and returns the replies to send.
    /// A redelivered event (same message id) returns no replies. Never throws for bad user input: unknown
    /// input gets friendly help.
    /// </summary>
    Task<EngineResponse> HandleAsync(InboundEvent inbound, CancellationToken cancellationToken);
}

public sealed record EngineResponse(IReadOnlyList<Reply> Replies)
{
    public static EngineResponse None { get; } = new([]);

    /// <summary>The session the event belonged to after handling, if any (adapters use it to bind buttons or threads).</summary>
    public string? SessionId { get; init; }

    /// <summary>True when the event was a duplicate delivery and was ignored.</summary>
    public bool Duplicate { get; init; }
}

/// <summary>Engine settings, bound from the "Interview" configuration section.</summary>
public sealed class InterviewOptions
{
    public const string SectionName = "Interview";

    /// <summary>Follow-up probes per question (product.md §3).</summary>
    public int MaxProbes { get; set; } = 2;

    /// <summary>A session idle longer than this has expired; the next message gets a note and a way to restart.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Questions in a mock round.</summary>
    public int MockQuestions { get; set; } = 3;

    /// <summary>Items in a quiz ("test this pattern").</summary>
    public int QuizItems { get; set; } = 10;

    /// <summary>An answer shorter than this (in words) at submit gets a nudge instead of a verdict.</summary>
    public int MinAnswerWords { get; set; } = 25;

    /// <summary>Single messages at least this long (in words) are treated as a complete answer without "done".</summary>
    public int AutoSubmitWords { get; set; } = 120;

    /// <summary>Largest accepted message, in characters; longer ones are refused with a clear note.</summary>
    public int MaxMessageChars { get; set; } = 20_000;
}

using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews;

public enum InterviewMode
{
    Practice,
    Mock,
    Drill,
    Learn,
    Quiz,
}

public enum SessionStatus
{
    Active,
    Completed,
    Ended,
    Expired,
}

/// <summary>
/// The whole state of one person's interview in one conversation. Stored as a JSON document by the
/// durable stores (only the identifying fields are columns), saved after every turn.
/// <see cref="Version"/> is the optimistic-concurrency token: a store refuses a save whose version is stale.
/// </summary>
public sealed class InterviewSession
{
    public required string Id { get; init; }
    public required ConversationKey Key { get; init; }
    public required InterviewMode Mode { get; set; }
    public string Framework { get; set; } = Frameworks.General;
    public string? Competency { get; set; }
    public Level Level { get; set; } = Level.Mid;
    public string? Role { get; set; }
    public SessionStatus Status { get; set; } = SessionStatus.Active;

    /// <summary>The engine's step within the mode (engine-defined names, e.g. "awaitingAnswer", "awaitingProbe").</summary>
    public string Step { get; set; } = "";

    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Incremented by the store on every successful save.</summary>
    public long Version { get; set; }

    /// <summary>Questions asked, in order (one for practice/drill/learn, several for mock).</summary>
    public List<QuestionRecord> Questions { get; init; } = [];

    public int CurrentQuestion { get; set; }

    /// <summary>Drill: index of the STAR section being coached.</summary>
    public int DrillSection { get; set; }

    /// <summary>Learn: index of the walkthrough step shown last.</summary>
    public int LearnStep { get; set; }

    public List<QuizRound> Quiz { get; init; } = [];

    /// <summary>Every message in and out, in order.</summary>
    public List<TranscriptEntry> Transcript { get; init; } = [];

    /// <summary>Platform message ids already handled (bounded), so a redelivered message is answered once.</summary>
    public List<string> HandledMessageIds { get; init; } = [];

    public QuestionRecord? Current => CurrentQuestion >= 0 && CurrentQuestion < Questions.Count ? Questions[CurrentQuestion] : null;
}

public sealed class QuestionRecord
{
    public required string ScenarioId { get; init; }
    public required string QuestionText { get; init; }
    public List<AnswerPart> Answer { get; init; } = [];
    public List<ProbeRecord> Probes { get; init; } = [];
    public Scorecard? Scorecard { get; set; }
    public bool Skipped { get; set; }
    public int HintsUsed { get; set; }

    /// <summary>Drill: the coached text per STAR section.</summary>
    public Dictionary<StarSection, string> DrillAnswers { get; init; } = [];
}

public sealed class ProbeRecord
{
    /// <summary>The scenario probe id, or "generic:&lt;name&gt;".</summary>
    public required string ProbeId { get; init; }
    public required string Question { get; init; }
    public IReadOnlyList<string> Triggers { get; init; } = [];
    public List<AnswerPart> Answer { get; init; } = [];
    public Verdict? Verdict { get; set; }
}

/// <summary>One message of a (possibly multi-message) answer. Edits replace the text, deletes mark it.</summary>
public sealed class AnswerPart
{
    public required string MessageId { get; init; }
    public required string Text { get; set; }
    public required DateTimeOffset At { get; init; }
    public bool Deleted { get; set; }
}

public sealed class QuizRound
{
    public required string ScenarioId { get; init; }
    public required int ItemIndex { get; init; }
    public int? Chosen { get; set; }
    public bool? Correct { get; set; }
}

public enum Speaker
{
    User,
    Bot,
}

public sealed record TranscriptEntry(DateTimeOffset At, Speaker Speaker, string Text, string? MessageId = null);

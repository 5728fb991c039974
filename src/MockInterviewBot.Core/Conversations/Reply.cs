using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Conversations;

/// <summary>What a reply is for; adapters use it for placement and styling (never for content).</summary>
public enum ReplyPurpose
{
    Info,
    Question,
    Probe,
    Nudge,
    Hint,
    Example,
    Feedback,
    Summary,
    Quiz,
    Learn,
    Menu,
    Help,
    Status,
    History,
    Settings,
    Error,
}

public enum ReplyVisibility
{
    /// <summary>In the conversation (the thread, the DM). Feedback with Default lets the adapter apply its configured visibility.</summary>
    Default,

    /// <summary>Always in the conversation, visible to everyone there.</summary>
    Conversation,

    /// <summary>Only the person the reply is for (Slack ephemeral, Discord ephemeral interaction reply; a DM elsewhere).</summary>
    Private,
}

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}

/// <summary>Rich content the engine produces; text uses light markdown: **bold**, _italic_, `code`, "> " quotes, "- " bullets.</summary>
public abstract record ContentBlock;

public sealed record HeaderBlock(string Text) : ContentBlock;

public sealed record TextBlock(string Markdown) : ContentBlock;

/// <summary>Words the person wrote, quoted back to them.</summary>
public sealed record QuoteBlock(string Text) : ContentBlock;

/// <summary>Small print (time vs target, level note).</summary>
public sealed record ContextBlock(string Markdown) : ContentBlock;

public sealed record DividerBlock : ContentBlock;

public sealed record Field(string Label, string Value);

public sealed record FieldsBlock(IReadOnlyList<Field> Fields) : ContentBlock;

public sealed record Button(string Label, string ActionId, string? Value = null, ButtonStyle Style = ButtonStyle.Default);

public sealed record ActionsBlock(IReadOnlyList<Button> Buttons) : ContentBlock;

public sealed record Choice(string Label, string Value);

/// <summary>A pick-one menu (Slack static_select, Discord string select).</summary>
public sealed record ChoiceBlock(string ActionId, string Placeholder, IReadOnlyList<Choice> Choices) : ContentBlock;

/// <summary>A small table (the mock round's summary).</summary>
public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ContentBlock;

/// <summary>The scorecard; adapters draw it (bars per dimension, verdict colour). The answer text lets them highlight evidence.</summary>
public sealed record ScorecardBlock(Scorecard Scorecard, string AnswerText) : ContentBlock;

public sealed record Reply
{
    public required ReplyPurpose Purpose { get; init; }
    public required IReadOnlyList<ContentBlock> Blocks { get; init; }

    /// <summary>Plain text for notifications, screen readers and platforms that cannot draw blocks.</summary>
    public required string FallbackText { get; init; }

    public ReplyVisibility Visibility { get; init; } = ReplyVisibility.Default;
}

/// <summary>Button and menu action ids the engine understands. Adapters pass them through untouched.</summary>
public static class ActionIds
{
    public const string Submit = "submit";
    public const string Hint = "hint";
    public const string Skip = "skip";
    public const string Repeat = "repeat";
    public const string Example = "example";
    public const string Next = "next";
    public const string Retry = "retry";
    public const string End = "end";

    /// <summary>Join the interview in this thread with the same question (value: the scenario id).</summary>
    public const string AnswerToo = "answer_too";

    /// <summary>Start an interview; value holds start arguments ("practice amazon ownership senior").</summary>
    public const string Start = "start";

    /// <summary>Quiz answer; value is the choice index.</summary>
    public const string QuizChoice = "quiz_choice";

    /// <summary>Menu picks: value is the chosen option.</summary>
    public const string PickMode = "pick_mode";
    public const string PickFramework = "pick_framework";
    public const string PickCompetency = "pick_competency";
    public const string PickLevel = "pick_level";

    /// <summary>Confirm deleting all of my data.</summary>
    public const string ForgetConfirm = "forget_confirm";

    /// <summary>Replay a past session question by question; value is the session id (only its owner can replay it).</summary>
    public const string HistoryReplay = "history_replay";
}

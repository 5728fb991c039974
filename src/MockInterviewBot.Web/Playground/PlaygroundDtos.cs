namespace MockInterviewBot.Web.Playground;

/// <summary>POST /api/playground/start. Null or empty members take the person's settings, then the defaults.</summary>
internal sealed record StartBody(string? User, string? Mode, string? Framework, string? Competency, string? Level, string? Role);

/// <summary>POST /api/playground/turn: either text (an answer or a command word) or an action (a button or menu pick).</summary>
internal sealed record TurnBody(string? User, string? Text, ActionBody? Action, string? MessageId);

internal sealed record ActionBody(string? Id, string? Value);

/// <summary>What the page draws after a turn.</summary>
internal sealed record TurnResult(string? SessionId, bool Duplicate, IReadOnlyList<ReplyView> Replies);

internal sealed record ReplyView(string Purpose, string Visibility, string FallbackText, IReadOnlyList<object> Blocks);

internal sealed record OptionView(string Id, string Label);

internal sealed record FrameworkView(string Id, string Label, IReadOnlyList<OptionView> Competencies);

internal sealed record PlaygroundOptionsView(
    IReadOnlyList<OptionView> Modes,
    IReadOnlyList<FrameworkView> Frameworks,
    IReadOnlyList<OptionView> Levels,
    IReadOnlyList<OptionView> Roles,
    int MaxAnswerChars,
    int MinAnswerWords);

internal sealed record HistoryItemView(
    string Id,
    DateTimeOffset CreatedAt,
    string Mode,
    string Framework,
    string? Competency,
    string Level,
    string Status,
    string? Verdict,
    string? VerdictLabel,
    double? Overall,
    string? Question);

internal sealed record HistoryView(IReadOnlyList<HistoryItemView> Sessions);

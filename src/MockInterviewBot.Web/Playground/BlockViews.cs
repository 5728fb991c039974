namespace MockInterviewBot.Web.Playground;

// The JSON blocks the page draws; "type" tells it which. One record per block kind.
internal sealed record HeaderView(string Text)
{
    public string Type { get; } = "header";
}

internal sealed record TextView(string Markdown)
{
    public string Type { get; } = "text";
}

internal sealed record QuoteView(string Text)
{
    public string Type { get; } = "quote";
}

internal sealed record ContextView(string Markdown)
{
    public string Type { get; } = "context";
}

internal sealed record DividerView
{
    public string Type { get; } = "divider";
}

internal sealed record FieldView(string Label, string Value);

internal sealed record FieldsView(IReadOnlyList<FieldView> Fields)
{
    public string Type { get; } = "fields";
}

internal sealed record ButtonView(string Label, string ActionId, string? Value, string Style);

internal sealed record ActionsView(IReadOnlyList<ButtonView> Buttons)
{
    public string Type { get; } = "actions";
}

internal sealed record ChoiceView(string ActionId, string Placeholder, IReadOnlyList<OptionView> Choices)
{
    public string Type { get; } = "choice";
}

internal sealed record TableView(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public string Type { get; } = "table";
}

internal sealed record ScorecardView(ScorecardData Scorecard)
{
    public string Type { get; } = "scorecard";
}

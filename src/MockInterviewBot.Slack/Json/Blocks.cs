using System.Text.Json.Serialization;

namespace MockInterviewBot.Slack.Json;

/// <summary>A Block Kit layout block; the "type" discriminator is written by System.Text.Json.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(HeaderBlockKit), "header")]
[JsonDerivedType(typeof(DividerBlockKit), "divider")]
[JsonDerivedType(typeof(ContextBlockKit), "context")]
[JsonDerivedType(typeof(ActionsBlockKit), "actions")]
internal abstract record Block
{
    public string? BlockId { get; init; }
}

internal sealed record SectionBlock : Block
{
    public TextObject? Text { get; init; }
    public IReadOnlyList<TextObject>? Fields { get; init; }
}

internal sealed record HeaderBlockKit(TextObject Text) : Block;

internal sealed record DividerBlockKit : Block;

internal sealed record ContextBlockKit(IReadOnlyList<TextObject> Elements) : Block;

internal sealed record ActionsBlockKit(IReadOnlyList<BlockElement> Elements) : Block;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MrkdwnText), "mrkdwn")]
[JsonDerivedType(typeof(PlainText), "plain_text")]
internal abstract record TextObject(string Text);

internal sealed record MrkdwnText(string Text) : TextObject(Text)
{
    public bool? Verbatim { get; init; }
}

internal sealed record PlainText(string Text) : TextObject(Text)
{
    public bool Emoji { get; init; } = true;
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
internal abstract record BlockElement(string ActionId);

internal sealed record ButtonElement(string ActionId, PlainText Text) : BlockElement(ActionId)
{
    public string? Value { get; init; }
    public string? Style { get; init; }
}

internal sealed record StaticSelectElement(string ActionId, PlainText Placeholder, IReadOnlyList<SelectOption> Options) : BlockElement(ActionId);

internal sealed record SelectOption(PlainText Text, string Value);

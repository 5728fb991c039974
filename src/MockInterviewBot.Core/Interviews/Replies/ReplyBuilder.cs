using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Core.Interviews.Replies;

/// <summary>Builds one reply; the fallback text is rendered from the blocks so it always says the same thing.</summary>
public sealed class ReplyBuilder(ReplyPurpose purpose)
{
    private readonly List<ContentBlock> _blocks = [];
    private ReplyVisibility _visibility = ReplyVisibility.Default;

    public ReplyBuilder Header(string text) => Add(new HeaderBlock(text));

    public ReplyBuilder Text(string markdown) => Add(new TextBlock(markdown));

    public ReplyBuilder Quote(string text) => Add(new QuoteBlock(text));

    public ReplyBuilder Context(string markdown) => Add(new ContextBlock(markdown));

    public ReplyBuilder Divider() => Add(new DividerBlock());

    public ReplyBuilder Bullets(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length == 0 ? this : Add(new TextBlock(string.Join('\n', list.Select(i => "- " + i))));
    }

    public ReplyBuilder Buttons(params Button[] buttons) => buttons.Length == 0 ? this : Add(new ActionsBlock(buttons));

    public ReplyBuilder Buttons(IEnumerable<Button> buttons) => Buttons(buttons.ToArray());

    public ReplyBuilder Add(ContentBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    public ReplyBuilder Visibility(ReplyVisibility visibility)
    {
        _visibility = visibility;
        return this;
    }

    public Reply Build() => new()
    {
        Purpose = purpose,
        Blocks = _blocks.ToArray(),
        FallbackText = PlainText.Render(_blocks),
        Visibility = _visibility,
    };
}

namespace MockInterviewBot.Slack.Rendering;

/// <summary>Block Kit limits (slack-platform.md §7), with margins where Slack's exact value is undocumented.</summary>
internal static class SlackLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int FieldText = 2000;
    public const int FieldsPerSection = 10;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ContextText = 2000;
    public const int ButtonsPerActions = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int SelectOptions = 100;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int PlaceholderText = 150;

    /// <summary>Notification text; Slack advises 4,000 and truncates at 40,000.</summary>
    public const int MessageText = 3000;

    /// <summary>All block text of one message; Slack's undocumented cumulative cap is about 12,000–13,300.</summary>
    public const int BlockTextPerMessage = 11_000;
}

namespace MockInterviewBot.Discord.Rendering;

/// <summary>Discord's message limits (discord-platform.md §8), counted in UTF-16 units (conservative).</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int ButtonLabel = 80;
    public const int SelectOptions = 25;
    public const int SelectPlaceholder = 150;
    public const int SelectOptionText = 100;
}

namespace MockInterviewBot.Slack.Rendering;

/// <summary>
/// Slack requires action ids to be unique within a block, while the engine may give several buttons the same id
/// (quiz choices). Repeats get a "#n" suffix on the way out, removed on the way back in.
/// </summary>
internal static class BlockIds
{
    public const char Separator = '#';

    public static string Unique(string actionId, int occurrence) =>
        occurrence == 0 ? actionId : actionId + Separator + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string OriginalActionId(string actionId)
    {
        var at = actionId.LastIndexOf(Separator);
        return at > 0 && at < actionId.Length - 1 && actionId.AsSpan(at + 1).IndexOfAnyExceptInRange('0', '9') < 0
            ? actionId[..at]
            : actionId;
    }
}

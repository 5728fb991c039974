namespace MockInterviewBot.Discord.Gateway;

internal static class GatewayUris
{
    /// <summary>Adds <c>v=10&amp;encoding=json</c> to a bare gateway or resume URL (keeps any path).</summary>
    public static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url.Trim());
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        builder.Query = "v=10&encoding=json";
        return builder.Uri;
    }
}

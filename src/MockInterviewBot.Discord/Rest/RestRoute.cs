namespace MockInterviewBot.Discord.Rest;

/// <summary>
/// One REST call: method, route template (for bucket keys and logs), the concrete relative path (may hold an
/// interaction token, so it is never logged) and the major parameter (channel, guild or webhook id).
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorId, bool ExemptFromGlobal = false)
{
    public string TemplateKey => $"{Method.Method} {Template}";

    public override string ToString() => TemplateKey;
}

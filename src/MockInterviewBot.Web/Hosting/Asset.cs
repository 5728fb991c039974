namespace MockInterviewBot.Web.Hosting;

/// <summary>One embedded page, script or style sheet, ready to send.</summary>
internal sealed record Asset(string Name, byte[] Content, string ContentType, string ETag);

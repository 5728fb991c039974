using System.Text.RegularExpressions;

namespace MockInterviewBot.Web.Playground;

/// <summary>The opaque id a browser keeps in localStorage and sends as its user id: 8–64 letters, digits, '-' or '_'.</summary>
internal static partial class BrowserId
{
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

using System.Text;

namespace MockInterviewBot.Core.Interviews.History;

/// <summary>Tiny trend charts in text: one block character per value, low to high.</summary>
public static class Sparkline
{
    /// <summary>The eight levels, lowest first.</summary>
    public const string Levels = "▁▂▃▄▅▆▇█";

    /// <summary>Dimension ratings on the 1–4 scale: 1 ▁, 2 ▃, 3 ▆, 4 █.</summary>
    public static string FromRatings(IEnumerable<int> ratings) =>
        Draw(ratings.Select(r => (Math.Clamp(r, 1, 4) - 1) / 3.0));

    /// <summary>Overall scores on the 0–100 scale.</summary>
    public static string FromScores(IEnumerable<int> scores) =>
        Draw(scores.Select(s => Math.Clamp(s, 0, 100) / 100.0));

    private static string Draw(IEnumerable<double> fractions)
    {
        var text = new StringBuilder();
        foreach (var fraction in fractions)
        {
            text.Append(Levels[(int)Math.Round(fraction * (Levels.Length - 1), MidpointRounding.AwayFromZero)]);
        }

        return text.ToString();
    }
}

namespace MockInterviewBot.Hosting;

/// <summary>
/// <c>*_FILE</c> variants of settings: <c>Slack__BotToken_FILE=/run/secrets/slack-bot-token</c> sets
/// <c>Slack:BotToken</c> from the file's content (trimmed). Container secrets then never sit in the environment.
/// Only names of a setting inside a section (<c>Section__Key_FILE</c>) count, so other programs' <c>*_FILE</c>
/// variables are left alone.
/// </summary>
internal static class SecretFiles
{
    private const string Suffix = "_FILE";

    public static IConfigurationBuilder AddSecretFiles(this IConfigurationBuilder builder)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is not string name || !IsSettingFile(name) || entry.Value is not string path || path.Length == 0)
            {
                continue;
            }

            var key = name[..^Suffix.Length].Replace("__", ":", StringComparison.Ordinal);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{name} points at '{path}', which does not exist.");
            }

            values[key] = File.ReadAllText(path).Trim();
        }

        return values.Count == 0 ? builder : builder.AddInMemoryCollection(values);
    }

    internal static bool IsSettingFile(string name) =>
        name.EndsWith(Suffix, StringComparison.Ordinal) && name.Contains("__", StringComparison.Ordinal);
}

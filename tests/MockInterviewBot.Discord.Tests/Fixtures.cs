namespace MockInterviewBot.Discord.Tests;

internal static class Fixture
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Dir, name));

    public static IEnumerable<string> All => Directory.EnumerateFiles(Dir, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}

namespace MockInterviewBot.Scenarios.Tests;

/// <summary>A throw-away <c>scenarios</c> folder under the temp directory; removed on dispose.</summary>
internal sealed class TempScenarioDir : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "mib-scenarios-" + Guid.NewGuid().ToString("N"));

    public TempScenarioDir() => Directory.CreateDirectory(Root);

    /// <summary>The folder to load; errors are reported as <c>scenarios/...</c>.</summary>
    public string Root => Path.Combine(_parent, "scenarios");

    public TempScenarioDir Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }
}

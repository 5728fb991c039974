namespace MockInterviewBot.Core.Scenarios;

/// <summary>The loaded question bank.</summary>
public interface IScenarioCatalog
{
    IReadOnlyList<Scenario> All { get; }

    Scenario? Find(string id);
}

/// <summary>A catalog over an in-memory list (tests, and the loader's result).</summary>
public sealed class ScenarioCatalog : IScenarioCatalog
{
    private readonly Dictionary<string, Scenario> _byId;

    public ScenarioCatalog(IEnumerable<Scenario> scenarios)
    {
        All = scenarios.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        _byId = All.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Scenario> All { get; }

    public Scenario? Find(string id) => _byId.GetValueOrDefault(id);
}

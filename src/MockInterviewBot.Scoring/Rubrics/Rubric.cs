using System.Collections.Frozen;

namespace MockInterviewBot.Scoring.Rubrics;

/// <summary>One framework's compiled rubric: lexicons, weights, thresholds and coaching.</summary>
public sealed class Rubric
{
    public Rubric(RubricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition.Clone();
        Framework = definition.Framework;
        foreach (var level in Enum.GetValues<Level>())
        {
            if (!definition.Levels.ContainsKey(level))
            {
                throw new ArgumentException($"Rubric '{Framework}' has no settings for level '{level}'.", nameof(definition));
            }
        }

        foreach (var section in Enum.GetValues<StarSection>())
        {
            if (!definition.Sections.ContainsKey(section))
            {
                throw new ArgumentException($"Rubric '{Framework}' has no settings for section '{section}'.", nameof(definition));
            }
        }

        var totalWeight = Enum.GetValues<Dimension>().Sum(d => definition.Weights.GetValueOrDefault(d));
        if (totalWeight <= 0)
        {
            throw new ArgumentException($"Rubric '{Framework}' weights must add up to more than zero.", nameof(definition));
        }

        Compiled = new CompiledRubric(Definition);
    }

    public string Framework { get; }

    public RubricDefinition Definition { get; }

    public ScoringParameters Parameters => Definition.Parameters;

    internal CompiledRubric Compiled { get; }

    public double Weight(Dimension dimension) => Definition.Weights.GetValueOrDefault(dimension);

    public LevelRubric ForLevel(Level level) => Definition.Levels[level];

    public int SectionTarget(StarSection section) => Definition.Sections[section].TargetSeconds;

    public CoachingEntry? CoachingFor(string issueId) => Definition.Coaching.GetValueOrDefault(issueId);

    public bool HasCompetency(string competency) => Compiled.CompetencyIds.ContainsKey(competency);
}

/// <summary>The rubrics of every framework; unknown frameworks fall back to the base rubric.</summary>
public sealed class RubricSet
{
    private readonly FrozenDictionary<string, Rubric> _byFramework;

    public RubricSet(Rubric @base, IEnumerable<Rubric> frameworks)
    {
        ArgumentNullException.ThrowIfNull(@base);
        Base = @base;
        _byFramework = frameworks.ToFrozenDictionary(r => r.Framework, StringComparer.Ordinal);
    }

    public Rubric Base { get; }

    public IReadOnlyList<string> Frameworks => _byFramework.Keys.Order(StringComparer.Ordinal).ToArray();

    public Rubric For(string? framework) =>
        framework is not null && _byFramework.TryGetValue(framework, out var rubric) ? rubric : Base;
}

using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;
using MockInterviewBot.Scoring.Rubrics;

namespace MockInterviewBot.Hosting;

/// <summary>The question bank and the rubrics, loaded and validated once at start-up.</summary>
public sealed class LoadedContent
{
    private LoadedContent(string directory, ScenarioLoadResult scenarios, RubricSet rubrics)
    {
        Directory = directory;
        Scenarios = scenarios;
        Rubrics = rubrics;
        Catalog = new ScenarioCatalog(scenarios.Scenarios);
    }

    public string Directory { get; }

    public ScenarioLoadResult Scenarios { get; }

    public RubricSet Rubrics { get; }

    public IScenarioCatalog Catalog { get; }

    /// <summary>Loads scenarios and rubrics; any error in either stops with every error listed.</summary>
    /// <exception cref="ContentValidationException">A scenario or rubric file is invalid.</exception>
    public static LoadedContent Load(string directory, string? rubricsDirectory = null)
    {
        var scenarios = ScenarioLoader.LoadDirectory(directory);
        var rubrics = RubricLoader.LoadDirectory(string.IsNullOrWhiteSpace(rubricsDirectory) ? Path.Combine(directory, "rubrics") : rubricsDirectory);
        var errors = scenarios.Errors.Concat(rubrics.Errors).ToArray();
        if (errors.Length > 0 || rubrics.Rubrics is null)
        {
            throw new ContentValidationException(errors);
        }

        return new LoadedContent(directory, scenarios, rubrics.Rubrics);
    }
}

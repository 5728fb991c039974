using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Scenarios;

/// <summary>Start-up loading: a catalog when every file is valid, otherwise <see cref="ContentValidationException"/> listing every error.</summary>
public static class ScenarioCatalogLoader
{
    /// <exception cref="ContentValidationException">Any scenario file is invalid (or the folder is missing).</exception>
    public static ScenarioCatalog Load(string directory)
    {
        var result = ScenarioLoader.LoadDirectory(directory);
        return result.IsValid ? new ScenarioCatalog(result.Scenarios) : throw new ContentValidationException(result.Errors);
    }

    /// <summary>Throws <see cref="ContentValidationException"/> when the result holds any error; otherwise builds the catalog.</summary>
    public static ScenarioCatalog ToCatalogOrThrow(this ScenarioLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsValid ? new ScenarioCatalog(result.Scenarios) : throw new ContentValidationException(result.Errors);
    }
}

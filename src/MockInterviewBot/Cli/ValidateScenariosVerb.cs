using System.Globalization;
using MockInterviewBot.Scenarios;

namespace MockInterviewBot.Cli;

/// <summary>
/// <c>validate-scenarios [DIR]</c>: loads a scenarios folder, prints every error one per line to stderr as
/// <c>file:line: field: message</c>, then a summary. Exit code 0 when every file is valid, 1 otherwise.
/// </summary>
public static class ValidateScenariosVerb
{
    public const string Name = "validate-scenarios";
    public const string DefaultDirectory = "scenarios";
    public const string Description = "Check every scenario file in a folder (default: scenarios) and list every error with file, line and field.";

    public static int Run(string? directory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var dir = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory;

        var result = ScenarioLoader.LoadDirectory(dir);
        if (result.IsValid)
        {
            stdout.WriteLine(Plural(result.Scenarios.Count, "scenario", "scenarios") + " valid");
            return 0;
        }

        foreach (var error in result.Errors)
        {
            stderr.WriteLine(error.ToString());
        }

        stderr.WriteLine($"{Plural(result.Errors.Count, "error", "errors")} in {Plural(result.FilesWithErrors, "file", "files")}");
        return 1;
    }

    private static string Plural(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}

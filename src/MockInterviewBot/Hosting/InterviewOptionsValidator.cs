using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Hosting;

/// <summary>Start-up validation of the "Interview" section; each message names the key and what is wrong.</summary>
internal sealed class InterviewOptionsValidator : IValidateOptions<InterviewOptions>
{
    public ValidateOptionsResult Validate(string? name, InterviewOptions options)
    {
        var failures = new List<string>();
        Range(failures, "Interview:MaxProbes", options.MaxProbes, 0, 5);
        Range(failures, "Interview:MockQuestions", options.MockQuestions, 1, 10);
        Range(failures, "Interview:QuizItems", options.QuizItems, 1, 50);
        Range(failures, "Interview:MinAnswerWords", options.MinAnswerWords, 1, 500);
        Range(failures, "Interview:AutoSubmitWords", options.AutoSubmitWords, 1, 5000);
        Range(failures, "Interview:MaxMessageChars", options.MaxMessageChars, 100, 200_000);
        if (options.IdleTimeout < TimeSpan.FromMinutes(1) || options.IdleTimeout > TimeSpan.FromDays(7))
        {
            failures.Add($"Interview:IdleTimeout must be between 00:01:00 and 7.00:00:00 (was {options.IdleTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max} (was {value}).");
        }
    }
}

/// <summary>Start-up validation of the "Host" section.</summary>
internal sealed class HostShutdownOptionsValidator : IValidateOptions<HostShutdownOptions>
{
    public ValidateOptionsResult Validate(string? name, HostShutdownOptions options) =>
        options.ShutdownTimeout < TimeSpan.FromSeconds(1) || options.ShutdownTimeout > TimeSpan.FromMinutes(10)
            ? ValidateOptionsResult.Fail($"Host:ShutdownTimeout must be between 00:00:01 and 00:10:00 (was {options.ShutdownTimeout}).")
            : ValidateOptionsResult.Success;
}

/// <summary>Start-up validation of the "Scoring" section, with the scoring module's own rules.</summary>
internal sealed class ScoringOptionsValidator : IValidateOptions<ScoringOptions>
{
    public ValidateOptionsResult Validate(string? name, ScoringOptions options) =>
        options.Validate() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}

/// <summary>Start-up validation of the "Scenarios" section (the folders themselves are checked when the bank loads).</summary>
internal sealed class ContentOptionsValidator : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options) =>
        string.IsNullOrWhiteSpace(options.Directory)
            ? ValidateOptionsResult.Fail("Scenarios:Directory must name the question bank folder (default 'scenarios').")
            : ValidateOptionsResult.Success;
}

using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring.Rubrics;

namespace MockInterviewBot.Scenarios.Rubrics;

/// <summary>The loaded rubrics (null when any file has an error) and every problem found.</summary>
public sealed record RubricLoadResult(RubricSet? Rubrics, IReadOnlyList<ContentError> Errors)
{
    public bool IsValid => Rubrics is not null && Errors.Count == 0;

    /// <summary>The rubrics, or a <see cref="ContentValidationException"/> listing every error.</summary>
    public RubricSet GetOrThrow() => IsValid ? Rubrics! : throw new ContentValidationException(Errors);
}

/// <summary>One rubric file's text and the path to show in errors (e.g. "scenarios/rubrics/amazon.yaml").</summary>
public sealed record RubricSource(string Path, string Text);

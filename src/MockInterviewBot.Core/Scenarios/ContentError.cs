namespace MockInterviewBot.Core.Scenarios;

/// <summary>
/// One problem in a content file (scenario or rubric), reported as
/// <c>scenarios/amazon/ownership-1.yaml:12: probes[1].triggers[0]: unknown signal 'foo'</c>.
/// </summary>
public sealed record ContentError(string File, int Line, string Path, string Message)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Path) ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Path}: {Message}";
}

/// <summary>Thrown at start-up when content is invalid; the message lists every error, one per line.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception(FormatMessage(errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;

    private static string FormatMessage(IReadOnlyList<ContentError> errors) =>
        $"{errors.Count} content error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}

namespace MockInterviewBot.Hosting;

/// <summary>The "Scenarios" configuration section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Scenarios";

    /// <summary>The question bank folder; rubrics live in its <c>rubrics/</c> subfolder.</summary>
    public string Directory { get; set; } = "scenarios";

    /// <summary>The rubric folder; empty means <c>&lt;Directory&gt;/rubrics</c>.</summary>
    public string RubricsDirectory { get; set; } = "";
}

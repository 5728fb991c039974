using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Scenarios;

/// <summary>A competency a question can assess, with the id used in scenario files, rubrics and commands.</summary>
public sealed record Competency(string Framework, string Id, string Name);

/// <summary>The canonical competency ids per framework. Scenario files and rubrics must use these ids.</summary>
public static class Competencies
{
    public static IReadOnlyList<Competency> All { get; } =
    [
        .. Amazon(
            ("customer-obsession", "Customer Obsession"),
            ("ownership", "Ownership"),
            ("invent-and-simplify", "Invent and Simplify"),
            ("are-right-a-lot", "Are Right, A Lot"),
            ("learn-and-be-curious", "Learn and Be Curious"),
            ("hire-and-develop-the-best", "Hire and Develop the Best"),
            ("insist-on-the-highest-standards", "Insist on the Highest Standards"),
            ("think-big", "Think Big"),
            ("bias-for-action", "Bias for Action"),
            ("frugality", "Frugality"),
            ("earn-trust", "Earn Trust"),
            ("dive-deep", "Dive Deep"),
            ("have-backbone", "Have Backbone; Disagree and Commit"),
            ("deliver-results", "Deliver Results"),
            ("strive-to-be-earths-best-employer", "Strive to be Earth's Best Employer"),
            ("success-and-scale", "Success and Scale Bring Broad Responsibility")),
        .. For(Frameworks.Meta,
            ("move-fast", "Move Fast"),
            ("be-bold", "Be Bold"),
            ("focus-on-long-term-impact", "Focus on Long-Term Impact"),
            ("build-awesome-things", "Build Awesome Things"),
            ("live-in-the-future", "Live in the Future"),
            ("be-direct", "Be Direct and Respect Your Colleagues"),
            ("meta-metamates-me", "Meta, Metamates, Me"),
            ("build-social-value", "Build Social Value")),
        .. For(Frameworks.Google,
            ("googleyness", "Googleyness"),
            ("leadership", "Emergent Leadership"),
            ("general-cognitive-ability", "General Cognitive Ability"),
            ("role-related-knowledge", "Role-Related Knowledge")),
        .. For(Frameworks.General,
            ("conflict", "Conflict"),
            ("failure", "Failure"),
            ("feedback", "Feedback Received"),
            ("prioritization", "Prioritization"),
            ("ambiguity", "Ambiguity"),
            ("influence", "Influence Without Authority"),
            ("mentoring", "Mentoring"),
            ("tight-deadline", "Tight Deadline"),
            ("leadership", "Leadership")),
    ];

    /// <summary>Roles a story can suit; used to filter questions (<c>--role pm</c>).</summary>
    public static IReadOnlyList<string> Roles { get; } = ["engineering", "product", "data", "operations", "support", "design", "management"];

    /// <summary>Short forms people type, mapped to role ids.</summary>
    public static IReadOnlyDictionary<string, string> RoleAliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pm"] = "product",
        ["eng"] = "engineering",
        ["swe"] = "engineering",
        ["sde"] = "engineering",
        ["ops"] = "operations",
        ["cs"] = "support",
        ["em"] = "management",
        ["manager"] = "management",
        ["ux"] = "design",
        ["ds"] = "data",
    };

    public static IEnumerable<Competency> ForFramework(string framework) =>
        All.Where(c => string.Equals(c.Framework, framework, StringComparison.Ordinal));

    /// <summary>Any framework's competency with this id (ids are unique within a framework; "leadership" exists in two).</summary>
    public static Competency? Find(string framework, string id) =>
        All.FirstOrDefault(c => string.Equals(c.Framework, framework, StringComparison.Ordinal) && string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    public static bool IsKnownAnywhere(string id) =>
        All.Any(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Competency> Amazon(params (string Id, string Name)[] items) => For(Frameworks.Amazon, items);

    private static IEnumerable<Competency> For(string framework, params (string Id, string Name)[] items) =>
        items.Select(i => new Competency(framework, i.Id, i.Name));
}

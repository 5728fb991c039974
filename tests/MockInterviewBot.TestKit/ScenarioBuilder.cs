using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.TestKit;

/// <summary>Builds complete scenarios in code for tests (a seed-like walkthrough with probes, framing and quiz items).</summary>
public sealed class ScenarioBuilder
{
    private string _id = "test-scenario";
    private string _framework = Frameworks.Amazon;
    private string[] _competencies = ["learn-and-be-curious", "ownership"];
    private string[] _roles = ["engineering"];
    private string _question = "Tell me about a time you taught yourself a skill to solve a problem.";
    private Difficulty _difficulty = Core.Scenarios.Difficulty.Medium;
    private List<ScenarioProbe>? _probes;

    public ScenarioBuilder Id(string id)
    {
        _id = id;
        return this;
    }

    public ScenarioBuilder Framework(string framework)
    {
        _framework = framework;
        return this;
    }

    public ScenarioBuilder Competencies(params string[] competencies)
    {
        _competencies = competencies;
        return this;
    }

    public ScenarioBuilder Roles(params string[] roles)
    {
        _roles = roles;
        return this;
    }

    public ScenarioBuilder Question(string question)
    {
        _question = question;
        return this;
    }

    public ScenarioBuilder Difficulty(Difficulty difficulty)
    {
        _difficulty = difficulty;
        return this;
    }

    public ScenarioBuilder Probes(params ScenarioProbe[] probes)
    {
        _probes = [.. probes];
        return this;
    }

    public static ScenarioProbe Probe(string id, string question, params string[] triggers) => new()
    {
        Id = id,
        Question = question,
        Tests = $"what {id} tests",
        Triggers = triggers,
        WeakAnswer = "I sent them a message and they handled it.",
        WeakWhy = "Routing, not ownership.",
        StrongAnswer = "I brought a complete fix and coordinated the rollout.",
        KeyPhrase = "I brought a solution, not just a problem.",
    };

    public Scenario Build() => new()
    {
        Id = _id,
        Framework = _framework,
        Competencies = _competencies,
        Roles = _roles,
        Title = $"Title of {_id}",
        Question = _question,
        Difficulty = _difficulty,
        Overview = $"Overview of {_id}: an engineer noticed a silent failure outside their team and fixed it.",
        Sections =
        [
            Section(StarSection.Situation, 30, "While on the checkout team I noticed 2% of refund emails never arrived. It was not my team's service and nobody had asked me to look.", "not my team", "nobody asked"),
            Section(StarSection.Task, 20, "I set myself the task of finding and fixing the cause without a ticket.", "no ticket", "I set myself"),
            Section(StarSection.Action, 90, "I pulled the mail logs, I traced the drops to a retry bug, I reproduced it locally and I wrote the fix.", "I pulled", "I traced", "I reproduced"),
            Section(StarSection.Result, 20, "Missing refund emails fell from 2% to zero and support tickets dropped by 40 a week.", "from 2% to zero", "40 fewer tickets a week"),
            Section(StarSection.Reflection, 15, "I learned that nobody owned end-to-end delivery, so I proposed a shared alert.", "shared ownership", "organizational gap"),
        ],
        Reflections = new Dictionary<Level, string>
        {
            [Level.Entry] = "I learned how retries work.",
            [Level.Senior] = "The real cause was that no team owned delivery end to end.",
        },
        Probes = _probes ??
        [
            Probe("cross-team", "How did you make sure the other team accepted your fix?", "handsOff", "statesScopeBoundary"),
            Probe("motivation", "What made you take this on yourself?", "selfInitiated", "assignedByManager"),
            Probe("verification", "How did you verify the fix worked?", "hasVerification"),
            Probe("do-differently", "What would you do differently next time?", "genericReflection", "hasReflection"),
        ],
        WeakAnswer = new WeakAnswer
        {
            Text = "I noticed emails were missing so I told the other team. They fixed it. I learned communication is important.",
            RedFlags = ["Told the other team: no ownership.", "No numbers.", "Generic reflection."],
            Verdict = Verdict.LeaningNoHire,
            InterviewerNote = "Sounds fine, shows nothing. Leaning No Hire.",
        },
        Framing =
        [
            new CompetencyFraming { Competency = _competencies[0], LeadWith = "Lead with what you learned on your own.", Emphasize = "Independent learning.", Downplay = "Team process." },
            new CompetencyFraming { Competency = "customer-obsession", LeadWith = "Lead with the customers who got their refunds.", Emphasize = "Customer trust.", Downplay = "Internals." },
        ],
        Calibration =
        [
            new LevelCalibration { Level = Level.Entry, Focus = "Technical learning.", Reflection = "Skills gained.", Bar = "Clear individual contribution.", Time = "Keep to 2 minutes." },
            new LevelCalibration { Level = Level.Mid, Focus = "Ownership across a boundary.", Reflection = "What you would repeat.", Bar = "Owns a problem end to end.", Time = "About 2 minutes." },
            new LevelCalibration { Level = Level.Senior, Focus = "Systemic insight.", Reflection = "Organizational cause.", Bar = "Cross-team influence and systemic thinking.", Time = "2.5 to 3 minutes." },
        ],
        Quiz =
        [
            new QuizItem { Question = $"{_id}: which phrase shows ownership?", Choices = ["We figured it out", "I traced the root cause", "My manager asked me"], Answer = 1, Explanation = "\"I\" statements show your own contribution.", Difficulty = Core.Scenarios.Difficulty.Easy },
            new QuizItem { Question = $"{_id}: what is missing from \"things got better\"?", Choices = ["A metric delta", "More detail on the team", "A longer situation"], Answer = 0, Explanation = "Quantify the change: from 2% to zero.", Difficulty = Core.Scenarios.Difficulty.Medium },
            new QuizItem { Question = $"{_id}: which reflection fits a senior candidate?", Choices = ["Communication matters", "I learned retries", "Nobody owned delivery end to end"], Answer = 2, Explanation = "Senior reflections name a systemic cause.", Difficulty = Core.Scenarios.Difficulty.Hard },
        ],
        SourcePath = $"scenarios/{_framework}/{_id}.yaml",
    };

    private static ScenarioSection Section(StarSection name, int target, string example, params string[] phrases) => new()
    {
        Name = name,
        TargetSeconds = target,
        StrongExample = example,
        KeyPhrases = phrases,
        Coaching = $"Coaching for {name}.",
        CommonMistake = $"Common mistake in {name}.",
    };
}

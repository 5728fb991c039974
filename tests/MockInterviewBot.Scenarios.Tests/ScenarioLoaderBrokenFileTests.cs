using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Scenarios.Tests;

public sealed class ScenarioLoaderBrokenFileTests : IDisposable
{
    private const string File = "scenarios/amazon/ownership-test.yaml";
    private readonly TempScenarioDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void LoadDirectory_ValidTemplate_LoadsWithoutErrors()
    {
        _dir.Write("amazon/ownership-test.yaml", ValidScenario.Yaml());

        var result = ScenarioLoader.LoadDirectory(_dir.Root);

        Assert.Empty(result.Errors);
        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal("ownership-test", scenario.Id);
        Assert.Equal(5, scenario.Sections.Count);
        Assert.Equal(File, scenario.SourcePath);
        var status = Assert.Single(result.Files);
        Assert.True(status.Ok);
        Assert.Equal("ownership-test", status.ScenarioId);
    }

    [Fact]
    public void LoadDirectory_BadYamlSyntax_ReportsLineOfTheSyntaxError()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("title: A test story", "title: [unclosed");

        var error = SingleError(yaml);

        Assert.Equal(File, error.File);
        Assert.InRange(error.Line, yaml.LineOf("title: [unclosed"), yaml.LineOf("question:"));
        Assert.Equal("", error.Path);
        Assert.StartsWith("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_DuplicateKey_ReportsInvalidYamlAtTheKey()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("title: A test story\n", "title: A test story\ntitle: Again\n");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("title: Again"), error.Line);
        Assert.StartsWith("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_TabIndentation_ReportsInvalidYaml()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("  entry: I learned a tool.", "\tentry: I learned a tool.");

        var error = SingleError(yaml);

        Assert.True(error.Line >= yaml.LineOf("reflections:") && error.Line <= yaml.LineOf("entry: I learned a tool.") + 1, error.ToString());
        Assert.StartsWith("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_MissingRequiredField_ReportsFieldAndMappingLine()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("  - id: motivation\n    question: Why did you do it?\n", "  - id: motivation\n");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("- id: motivation"), error.Line);
        Assert.Equal("probes[1].question", error.Path);
        Assert.Equal("required field is missing", error.Message);
    }

    [Fact]
    public void LoadDirectory_MissingTopLevelField_ReportsFieldPath()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("overview: An overview of the story.\n", "");

        var error = SingleError(yaml);

        Assert.Equal(1, error.Line);
        Assert.Equal("overview", error.Path);
    }

    [Fact]
    public void LoadDirectory_StringWhereNumberExpected_ReportsWrongType()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("targetSeconds: 90", "targetSeconds: ninety");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("targetSeconds: ninety"), error.Line);
        Assert.Equal("sections[2].targetSeconds", error.Path);
        Assert.Equal("expected a whole number, got 'ninety'", error.Message);
    }

    [Fact]
    public void LoadDirectory_ListWhereTextExpected_ReportsWrongType()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("title: A test story", "title: [a, b]");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("title: [a, b]"), error.Line);
        Assert.Equal("title", error.Path);
        Assert.Equal("expected text, got a list", error.Message);
    }

    [Fact]
    public void LoadDirectory_UnknownField_ReportsFieldWithSuggestion()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("    coaching: Use I.", "    coachin: Use I.");

        var errors = Errors(yaml);

        Assert.Contains(errors, e => e.Line == yaml.LineOf("coachin: Use I.") && e.Path == "sections[2].coachin"
            && e.Message == "unknown field 'coachin' (did you mean 'coaching'?)");
        Assert.Contains(errors, e => e.Path == "sections[2].coaching" && e.Message == "required field is missing");
    }

    [Fact]
    public void LoadDirectory_UnknownTriggerSignal_ReportsIndexedPath()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("triggers: [selfInitiated, assignedByManager]", "triggers: [foo, assignedByManager]");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("triggers: [foo"), error.Line);
        Assert.Equal("probes[1].triggers[0]", error.Path);
        Assert.StartsWith("unknown signal 'foo'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}:{error.Line}: probes[1].triggers[0]: unknown signal 'foo'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_DuplicateScenarioIdAcrossFiles_ReportsSecondFile()
    {
        _dir.Write("amazon/dup-story.yaml", ValidScenario.Yaml("dup-story"));
        var second = ValidScenario.Yaml("dup-story", "general", "conflict")
            .ReplaceOnce("question: Tell me about a test story dup-story.", "question: Another question.");
        _dir.Write("general/dup-story.yaml", second);

        var result = ScenarioLoader.LoadDirectory(_dir.Root);

        var error = Assert.Single(result.Errors);
        Assert.Equal("scenarios/general/dup-story.yaml", error.File);
        Assert.Equal(second.LineOf("id: dup-story"), error.Line);
        Assert.Equal("id", error.Path);
        Assert.Equal("duplicate scenario id 'dup-story' (also in scenarios/amazon/dup-story.yaml)", error.Message);
        Assert.Single(result.Scenarios);
    }

    [Fact]
    public void LoadDirectory_DuplicateQuestionAcrossFiles_ReportsSecondFile()
    {
        _dir.Write("amazon/first-story.yaml", ValidScenario.Yaml("first-story").ReplaceOnce("Tell me about a test story first-story.", "Tell me about a failure."));
        _dir.Write("amazon/second-story.yaml", ValidScenario.Yaml("second-story").ReplaceOnce("Tell me about a test story second-story.", "Tell me about a FAILURE"));

        var error = Assert.Single(ScenarioLoader.LoadDirectory(_dir.Root).Errors);

        Assert.Equal("scenarios/amazon/second-story.yaml", error.File);
        Assert.Equal("question", error.Path);
    }

    [Fact]
    public void LoadDirectory_DuplicateProbeId_ReportsSecondProbe()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("  - id: handoff", "  - id: verify");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("  - id: verify", 2), error.Line);
        Assert.Equal("probes[2].id", error.Path);
        Assert.StartsWith("duplicate probe id 'verify'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_EmptyProbes_ReportsProbes()
    {
        var yaml = ValidScenario.Yaml();
        var start = yaml.IndexOf("probes:\n", StringComparison.Ordinal);
        var end = yaml.IndexOf("weakAnswer:\n", StringComparison.Ordinal);
        yaml = string.Concat(yaml.AsSpan(0, start), "probes: []\n", yaml.AsSpan(end));

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("probes: []"), error.Line);
        Assert.Equal("probes", error.Path);
        Assert.Equal("must list at least 3 items; it is empty", error.Message);
    }

    [Fact]
    public void LoadDirectory_QuizAnswerIndexOutOfRange_ReportsAnswer()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("choices: [a, b, c]\n    answer: 0", "choices: [a, b, c]\n    answer: 3");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("answer: 3"), error.Line);
        Assert.Equal("quiz[0].answer", error.Path);
        Assert.Equal("answer index 3 is out of range (choices are numbered 0 to 2)", error.Message);
    }

    [Fact]
    public void LoadDirectory_UnknownFramework_ReportsFramework()
    {
        var yaml = ValidScenario.Yaml(framework: "netflix");

        var errors = Errors(yaml);

        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("framework", error.Path);
        Assert.StartsWith("unknown framework 'netflix'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_FirstCompetencyFromAnotherFramework_ReportsCompetency()
    {
        var yaml = ValidScenario.Yaml(competency: "googleyness");

        var error = SingleError(yaml);

        Assert.Equal(3, error.Line);
        Assert.Equal("competencies[0]", error.Path);
        Assert.StartsWith("unknown competency 'googleyness' for framework 'amazon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_UnknownFramingCompetency_ReportsFramingPath()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("  - competency: dive-deep", "  - competency: telepathy");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("competency: telepathy"), error.Line);
        Assert.Equal("framing[1].competency", error.Path);
        Assert.Equal("unknown competency 'telepathy'", error.Message);
    }

    [Fact]
    public void LoadDirectory_UnknownRole_ReportsRoleWithHint()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("roles: [engineering]", "roles: [engineering, pm]");

        var error = SingleError(yaml);

        Assert.Equal(4, error.Line);
        Assert.Equal("roles[1]", error.Path);
        Assert.EndsWith("write 'product'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_SectionsOutOfOrder_ReportsSections()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("  - name: task", "  - name: action").ReplaceOnce("  - name: action\n    targetSeconds: 90", "  - name: task\n    targetSeconds: 90");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("sections:"), error.Line);
        Assert.Equal("sections", error.Path);
        Assert.Contains("got situation, action, task, result, reflection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_NonPositiveTargetSeconds_ReportsTarget()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("targetSeconds: 15", "targetSeconds: 0");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("targetSeconds: 0"), error.Line);
        Assert.Equal("sections[4].targetSeconds", error.Path);
    }

    [Fact]
    public void LoadDirectory_KeyPhraseMissingFromStrongExample_ReportsPhrase()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("keyPhrases: [\"from 4% to 1%\"]", "keyPhrases: [\"from 5% to 1%\"]");

        var error = SingleError(yaml);

        Assert.Equal("sections[3].keyPhrases[0]", error.Path);
        Assert.Equal("key phrase 'from 5% to 1%' does not appear in the strong example", error.Message);
    }

    [Fact]
    public void LoadDirectory_UnknownVerdict_ReportsVerdict()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("verdict: leaningNoHire", "verdict: maybe");

        var error = SingleError(yaml);

        Assert.Equal(yaml.LineOf("verdict: maybe"), error.Line);
        Assert.Equal("weakAnswer.verdict", error.Path);
        Assert.StartsWith("unknown verdict 'maybe'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_FileInWrongFrameworkFolder_ReportsLocation()
    {
        _dir.Write("meta/ownership-test.yaml", ValidScenario.Yaml());

        var error = Assert.Single(ScenarioLoader.LoadDirectory(_dir.Root).Errors);

        Assert.Equal("scenarios/meta/ownership-test.yaml", error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal("framework", error.Path);
        Assert.Contains("'meta/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_IdNotMatchingFileName_ReportsId()
    {
        _dir.Write("amazon/other-name.yaml", ValidScenario.Yaml());

        var error = Assert.Single(ScenarioLoader.LoadDirectory(_dir.Root).Errors);

        Assert.Equal(1, error.Line);
        Assert.Equal("id", error.Path);
    }

    [Fact]
    public void LoadDirectory_MissingEntryCalibration_ReportsCalibration()
    {
        var yaml = ValidScenario.Yaml().ReplaceOnce("  - level: entry", "  - level: mid");

        var error = SingleError(yaml);

        Assert.Equal("calibration", error.Path);
        Assert.Equal("needs an item for level 'entry'", error.Message);
    }

    [Fact]
    public void LoadDirectory_EmptyFile_ReportsEmpty()
    {
        var error = SingleError("# only a comment\n");

        Assert.Equal(1, error.Line);
        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void LoadDirectory_ManyErrorsInOneFile_ListsEveryError()
    {
        var yaml = ValidScenario.Yaml()
            .ReplaceOnce("difficulty: medium\noverview", "difficulty: extreme\noverview")
            .ReplaceOnce("targetSeconds: 20\n    strongExample: Nobody", "targetSeconds: -5\n    strongExample: Nobody")
            .ReplaceOnce("triggers: [handsOff]", "triggers: [handsOff, bogus]")
            .ReplaceOnce("choices: [a, b, c]\n    answer: 0", "choices: [a, b, c]\n    answer: 9")
            .ReplaceOnce("verdict: leaningNoHire", "verdict: meh")
            .ReplaceOnce("title: A test story\n", "");

        var errors = Errors(yaml);

        Assert.Equal(
            ["difficulty", "probes[2].triggers[1]", "quiz[0].answer", "sections[1].targetSeconds", "title", "weakAnswer.verdict"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(File, e.File));
    }

    [Fact]
    public void LoadDirectory_SeveralBrokenFiles_ListsErrorsOfEveryFileAndKeepsValidOnes()
    {
        _dir.Write("amazon/ownership-test.yaml", ValidScenario.Yaml())
            .Write("amazon/broken-one.yaml", ValidScenario.Yaml("broken-one").ReplaceOnce("triggers: [hasVerification]", "triggers: [foo]"))
            .Write("google/broken-two.yaml", ValidScenario.Yaml("broken-two", "google", "googleyness").ReplaceOnce("targetSeconds: 30", "targetSeconds: thirty"))
            .Write("general/broken-three.yaml", "id: [oops\n")
            .Write("rubrics/amazon.yaml", "not: a scenario\n")
            .Write("schema/notes.yaml", "ignored: true\n");

        var result = ScenarioLoader.LoadDirectory(_dir.Root);

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal(3, result.FilesWithErrors);
        Assert.Equal(
            ["scenarios/amazon/broken-one.yaml", "scenarios/general/broken-three.yaml", "scenarios/google/broken-two.yaml"],
            result.Errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.Equal("ownership-test", Assert.Single(result.Scenarios).Id);
        Assert.Equal(4, result.Files.Count);
        Assert.Equal(["broken-one", "ownership-test", null, "broken-two"], result.Files.OrderBy(f => f.File, StringComparer.Ordinal).Select(f => f.ScenarioId));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_ReportsOneError()
    {
        var result = ScenarioLoader.LoadDirectory(Path.Combine(_dir.Root, "nope"));

        var error = Assert.Single(result.Errors);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidFolder_ThrowsListingEveryError()
    {
        _dir.Write("amazon/broken-one.yaml", ValidScenario.Yaml("broken-one").ReplaceOnce("triggers: [hasVerification]", "triggers: [foo]"))
            .Write("amazon/broken-two.yaml", ValidScenario.Yaml("broken-two").ReplaceOnce("answer: 0\n    explanation: Because.\n  - question: Q2?", "answer: 5\n    explanation: Because.\n  - question: Q2?"));

        var ex = Assert.Throws<ContentValidationException>(() => ScenarioCatalogLoader.Load(_dir.Root));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("scenarios/amazon/broken-one.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("probes[0].triggers[0]: unknown signal 'foo'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("scenarios/amazon/broken-two.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("quiz[0].answer: answer index 5 is out of range", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidFolder_ReturnsCatalog()
    {
        _dir.Write("amazon/ownership-test.yaml", ValidScenario.Yaml());

        var catalog = ScenarioCatalogLoader.Load(_dir.Root);

        Assert.NotNull(catalog.Find("ownership-test"));
    }

    private ContentError SingleError(string yaml)
    {
        var errors = Errors(yaml);
        return Assert.Single(errors);
    }

    private IReadOnlyList<ContentError> Errors(string yaml)
    {
        _dir.Write("amazon/ownership-test.yaml", yaml);
        var result = ScenarioLoader.LoadDirectory(_dir.Root);
        Assert.Empty(result.Scenarios);
        Assert.False(Assert.Single(result.Files).Ok);
        return result.Errors;
    }
}

using System.Globalization;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;
using MockInterviewBot.Scoring.Rubrics;
using YamlDotNet.RepresentationModel;

namespace MockInterviewBot.Scenarios.Rubrics;

/// <summary>Applies one rubric file onto a definition: scalars override, lists are appended. Collects errors.</summary>
internal sealed class RubricFileReader(string path, string framework, List<ContentError> errors)
{
    private static readonly string[] TopLevelKeys = ["framework", "parameters", "weights", "levels", "sections", "lexicons", "competencies", "caps", "coaching", "probeTopics"];

    public static string LevelName(Level level) => level switch
    {
        Level.Entry => "entry",
        Level.Mid => "mid",
        _ => "senior",
    };

    public static string SectionName(StarSection section) => section switch
    {
        StarSection.Situation => "situation",
        StarSection.Task => "task",
        StarSection.Action => "action",
        StarSection.Result => "result",
        _ => "reflection",
    };

    public static string DimensionName(Dimension dimension) => dimension switch
    {
        Dimension.CompetencyFit => "competencyFit",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    public void Apply(YamlMappingNode root, RubricDefinition definition)
    {
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Key(keyNode, string.Empty);
            switch (key)
            {
                case null:
                    break;
                case "framework":
                    break;
                case "parameters":
                    Parameters(value, definition);
                    break;
                case "weights":
                    Weights(value, definition);
                    break;
                case "levels":
                    Levels(value, definition);
                    break;
                case "sections":
                    Sections(value, definition);
                    break;
                case "lexicons":
                    Lexicons(value, definition);
                    break;
                case "competencies":
                    CompetencyLexicons(value, definition);
                    break;
                case "caps":
                    Caps(value, definition);
                    break;
                case "coaching":
                    Coaching(value, definition);
                    break;
                case "probeTopics":
                    ProbeTopics(value, definition);
                    break;
                default:
                    Error(keyNode, key, $"unknown key (expected one of {string.Join(", ", TopLevelKeys)})");
                    break;
            }
        }
    }

    private void Parameters(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "parameters") is not { } map)
        {
            return;
        }

        var p = definition.Parameters;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "parameters");
            var at = $"parameters.{key}";
            switch (key)
            {
                case null:
                    break;
                case "minWords" when Int(value, at, 1, 1000) is { } v:
                    p = p with { MinWords = v };
                    break;
                case "minWeStatements" when Int(value, at, 1, 100) is { } v:
                    p = p with { MinWeStatements = v };
                    break;
                case "specificReflectionOverlap" when Int(value, at, 0, 16) is { } v:
                    p = p with { SpecificReflectionOverlap = v };
                    break;
                case "probeWeakPenalty" when Int(value, at, 0, 100) is { } v:
                    p = p with { ProbeWeakPenalty = v };
                    break;
                case "probeDisqualifierPenalty" when Int(value, at, 0, 100) is { } v:
                    p = p with { ProbeDisqualifierPenalty = v };
                    break;
                case "minFunctionWordRatio" when Number(value, at, 0, 1) is { } v:
                    p = p with { MinFunctionWordRatio = v };
                    break;
                case "weDominanceRatio" when Number(value, at, 0, 1) is { } v:
                    p = p with { WeDominanceRatio = v };
                    break;
                case "deliveryGoodLow" when Number(value, at, 0, 10) is { } v:
                    p = p with { DeliveryGoodLow = v };
                    break;
                case "deliveryGoodHigh" when Number(value, at, 0, 10) is { } v:
                    p = p with { DeliveryGoodHigh = v };
                    break;
                case "deliveryFairLow" when Number(value, at, 0, 10) is { } v:
                    p = p with { DeliveryFairLow = v };
                    break;
                case "deliveryFairHigh" when Number(value, at, 0, 10) is { } v:
                    p = p with { DeliveryFairHigh = v };
                    break;
                case "deliveryPoorLow" when Number(value, at, 0, 10) is { } v:
                    p = p with { DeliveryPoorLow = v };
                    break;
                case "deliveryPoorHigh" when Number(value, at, 0, 10) is { } v:
                    p = p with { DeliveryPoorHigh = v };
                    break;
                case "minWords" or "minWeStatements" or "specificReflectionOverlap" or "probeWeakPenalty" or "probeDisqualifierPenalty"
                    or "minFunctionWordRatio" or "weDominanceRatio" or "deliveryGoodLow" or "deliveryGoodHigh" or "deliveryFairLow"
                    or "deliveryFairHigh" or "deliveryPoorLow" or "deliveryPoorHigh":
                    break;
                default:
                    Error(keyNode, at, "unknown parameter");
                    break;
            }
        }

        if (!(p.DeliveryPoorLow <= p.DeliveryFairLow && p.DeliveryFairLow <= p.DeliveryGoodLow && p.DeliveryGoodLow <= 1
            && 1 <= p.DeliveryGoodHigh && p.DeliveryGoodHigh <= p.DeliveryFairHigh && p.DeliveryFairHigh <= p.DeliveryPoorHigh))
        {
            Error(node, "parameters", "delivery bands must be ordered: poorLow <= fairLow <= goodLow <= 1 <= goodHigh <= fairHigh <= poorHigh");
        }

        definition.Parameters = p;
    }

    private void Weights(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "weights") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "weights");
            if (key is null)
            {
                continue;
            }

            if (ParseDimension(key) is not { } dimension)
            {
                Error(keyNode, $"weights.{key}", $"unknown dimension (expected {string.Join(", ", Enum.GetValues<Dimension>().Select(DimensionName))})");
                continue;
            }

            if (Number(value, $"weights.{key}", 0, 100) is { } weight)
            {
                definition.Weights[dimension] = weight;
            }
        }
    }

    private void Levels(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "levels") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "levels");
            if (key is null)
            {
                continue;
            }

            Level? level = key switch { "entry" => Level.Entry, "mid" => Level.Mid, "senior" => Level.Senior, _ => null };
            if (level is null)
            {
                Error(keyNode, $"levels.{key}", "unknown level (expected entry, mid or senior)");
                continue;
            }

            if (Mapping(value, $"levels.{key}") is not { } levelMap)
            {
                continue;
            }

            var existing = definition.Levels.GetValueOrDefault(level.Value);
            int? strong = existing?.Thresholds.StrongHire, hire = existing?.Thresholds.Hire, leaning = existing?.Thresholds.LeaningNoHire;
            int? min = existing?.MinSeconds, max = existing?.MaxSeconds;
            bool? systemic = existing?.RequireSystemicReflection;
            YamlNode? thresholdsNode = null, timeNode = null;
            foreach (var (fieldNode, fieldValue) in levelMap.Children)
            {
                var field = Key(fieldNode, $"levels.{key}");
                var at = $"levels.{key}.{field}";
                switch (field)
                {
                    case null:
                        break;
                    case "thresholds" when Mapping(fieldValue, at) is { } t:
                        thresholdsNode = fieldValue;
                        foreach (var (tk, tv) in t.Children)
                        {
                            var name = Key(tk, at);
                            switch (name)
                            {
                                case "strongHire":
                                    strong = Int(tv, $"{at}.{name}", 0, 100) ?? strong;
                                    break;
                                case "hire":
                                    hire = Int(tv, $"{at}.{name}", 0, 100) ?? hire;
                                    break;
                                case "leaningNoHire":
                                    leaning = Int(tv, $"{at}.{name}", 0, 100) ?? leaning;
                                    break;
                                case null:
                                    break;
                                default:
                                    Error(tk, $"{at}.{name}", "unknown threshold (expected strongHire, hire, leaningNoHire)");
                                    break;
                            }
                        }

                        break;
                    case "time" when Mapping(fieldValue, at) is { } t:
                        timeNode = fieldValue;
                        foreach (var (tk, tv) in t.Children)
                        {
                            var name = Key(tk, at);
                            switch (name)
                            {
                                case "min":
                                    min = Int(tv, $"{at}.{name}", 10, 1200) ?? min;
                                    break;
                                case "max":
                                    max = Int(tv, $"{at}.{name}", 10, 1200) ?? max;
                                    break;
                                case null:
                                    break;
                                default:
                                    Error(tk, $"{at}.{name}", "unknown key (expected min, max)");
                                    break;
                            }
                        }

                        break;
                    case "requireSystemicReflection":
                        systemic = Bool(fieldValue, at) ?? systemic;
                        break;
                    case "thresholds" or "time":
                        break;
                    default:
                        Error(fieldNode, at, "unknown key (expected thresholds, time, requireSystemicReflection)");
                        break;
                }
            }

            if (strong is null || hire is null || leaning is null)
            {
                Error(thresholdsNode ?? value, $"levels.{key}.thresholds", "needs strongHire, hire and leaningNoHire");
                continue;
            }

            if (!(strong > hire && hire > leaning))
            {
                Error(thresholdsNode ?? value, $"levels.{key}.thresholds", $"must be in order strongHire > hire > leaningNoHire (got {strong}, {hire}, {leaning})");
                continue;
            }

            if (min is null || max is null)
            {
                Error(timeNode ?? value, $"levels.{key}.time", "needs min and max seconds");
                continue;
            }

            if (min > max)
            {
                Error(timeNode ?? value, $"levels.{key}.time", $"min ({min}) must not exceed max ({max})");
                continue;
            }

            definition.Levels[level.Value] = new LevelRubric(new VerdictThresholds(strong.Value, hire.Value, leaning.Value), min.Value, max.Value, systemic ?? false);
        }
    }

    private void Sections(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "sections") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "sections");
            if (key is null)
            {
                continue;
            }

            var section = Enum.GetValues<StarSection>().Cast<StarSection?>().FirstOrDefault(s => SectionName(s!.Value) == key);
            if (section is null)
            {
                Error(keyNode, $"sections.{key}", "unknown section (expected situation, task, action, result, reflection)");
                continue;
            }

            if (Mapping(value, $"sections.{key}") is not { } sectionMap)
            {
                continue;
            }

            if (!definition.Sections.TryGetValue(section.Value, out var rubric))
            {
                rubric = new SectionRubric();
                definition.Sections[section.Value] = rubric;
            }

            foreach (var (fieldNode, fieldValue) in sectionMap.Children)
            {
                var field = Key(fieldNode, $"sections.{key}");
                var at = $"sections.{key}.{field}";
                switch (field)
                {
                    case null:
                        break;
                    case "targetSeconds":
                        rubric.TargetSeconds = Int(fieldValue, at, 1, 600) ?? rubric.TargetSeconds;
                        break;
                    case "labels":
                        AppendEntries(fieldValue, at, rubric.Labels, singleWord: false);
                        break;
                    case "cues":
                        AppendEntries(fieldValue, at, rubric.Cues, singleWord: false);
                        break;
                    default:
                        Error(fieldNode, at, "unknown key (expected targetSeconds, labels, cues)");
                        break;
                }
            }
        }
    }

    private void Lexicons(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "lexicons") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "lexicons");
            if (key is null)
            {
                continue;
            }

            if (!LexiconNames.IsKnown(key))
            {
                Error(keyNode, $"lexicons.{key}", $"unknown lexicon (expected one of {string.Join(", ", LexiconNames.All)})");
                continue;
            }

            if (!definition.Lexicons.TryGetValue(key, out var list))
            {
                list = [];
                definition.Lexicons[key] = list;
            }

            AppendEntries(value, $"lexicons.{key}", list, LexiconNames.IsWordSet(key));
        }
    }

    private void CompetencyLexicons(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "competencies") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "competencies");
            if (key is null)
            {
                continue;
            }

            var known = framework == RubricLoader.BaseFramework ? Competencies.IsKnownAnywhere(key) : Competencies.Find(framework, key) is not null;
            if (!known)
            {
                var ids = framework == RubricLoader.BaseFramework ? "a canonical competency id" : string.Join(", ", Competencies.ForFramework(framework).Select(c => c.Id));
                Error(keyNode, $"competencies.{key}", $"unknown competency for {framework} (expected {ids})");
                continue;
            }

            if (!definition.Competencies.TryGetValue(key, out var list))
            {
                list = [];
                definition.Competencies[key] = list;
            }

            AppendEntries(value, $"competencies.{key}", list, singleWord: false);
        }
    }

    private void Caps(YamlNode node, RubricDefinition definition)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, "caps", "must be a list of { signal, max, competencies }");
            return;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"caps[{index++}]");
            if (Mapping(item, at) is not { } map)
            {
                continue;
            }

            string? signal = null;
            Verdict? max = null;
            IReadOnlyList<string> competencies = [];
            foreach (var (keyNode, value) in map.Children)
            {
                var key = Key(keyNode, at);
                switch (key)
                {
                    case null:
                        break;
                    case "signal":
                        signal = Scalar(value, $"{at}.signal");
                        if (signal is not null && !SignalCatalog.IsKnown(signal) && !RedFlagKinds.All.Contains(signal, StringComparer.Ordinal))
                        {
                            Error(value, $"{at}.signal", $"unknown signal or red flag '{signal}'");
                            signal = null;
                        }

                        break;
                    case "max":
                        var text = Scalar(value, $"{at}.max");
                        if (text is not null)
                        {
                            if (Enum.TryParse<Verdict>(text, ignoreCase: false, out var verdict) && verdict != Verdict.NotScored && Enum.IsDefined(verdict) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
                            {
                                max = verdict;
                            }
                            else
                            {
                                Error(value, $"{at}.max", $"must be StrongHire, Hire, LeaningNoHire or NoHire; got '{text}'");
                            }
                        }

                        break;
                    case "competencies":
                        var list = new List<string>();
                        AppendEntries(value, $"{at}.competencies", list, singleWord: false, validatePattern: false);
                        foreach (var id in list.Where(id => !Competencies.IsKnownAnywhere(id)))
                        {
                            Error(value, $"{at}.competencies", $"unknown competency '{id}'");
                        }

                        competencies = list;
                        break;
                    default:
                        Error(keyNode, $"{at}.{key}", "unknown key (expected signal, max, competencies)");
                        break;
                }
            }

            if (signal is null || max is null)
            {
                if (!map.Children.ContainsKey(new YamlScalarNode("signal")) || !map.Children.ContainsKey(new YamlScalarNode("max")))
                {
                    Error(item, at, "needs signal and max");
                }

                continue;
            }

            definition.Caps.Add(new VerdictCap(signal, max.Value, competencies));
        }
    }

    private void Coaching(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "coaching") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "coaching");
            if (key is null)
            {
                continue;
            }

            if (!IssueIds.IsKnown(key))
            {
                Error(keyNode, $"coaching.{key}", $"unknown issue (expected one of {string.Join(", ", IssueIds.All)})");
                continue;
            }

            if (Mapping(value, $"coaching.{key}") is not { } entry)
            {
                continue;
            }

            var existing = definition.Coaching.GetValueOrDefault(key);
            Dimension? dimension = existing?.Dimension;
            var coaching = existing?.Coaching;
            var better = existing?.BetterPhrasing;
            foreach (var (fieldNode, fieldValue) in entry.Children)
            {
                var field = Key(fieldNode, $"coaching.{key}");
                var at = $"coaching.{key}.{field}";
                switch (field)
                {
                    case null:
                        break;
                    case "dimension":
                        var name = Scalar(fieldValue, at);
                        if (name is not null)
                        {
                            dimension = ParseDimension(name);
                            if (dimension is null)
                            {
                                Error(fieldValue, at, $"unknown dimension '{name}'");
                            }
                        }

                        break;
                    case "coaching":
                        coaching = NonEmpty(fieldValue, at) ?? coaching;
                        break;
                    case "betterPhrasing":
                        better = NonEmpty(fieldValue, at) ?? better;
                        break;
                    default:
                        Error(fieldNode, at, "unknown key (expected dimension, coaching, betterPhrasing)");
                        break;
                }
            }

            if (dimension is null || coaching is null || better is null)
            {
                Error(value, $"coaching.{key}", "needs dimension, coaching and betterPhrasing");
                continue;
            }

            definition.Coaching[key] = new CoachingEntry(dimension.Value, coaching, better);
        }
    }

    private void ProbeTopics(YamlNode node, RubricDefinition definition)
    {
        if (Mapping(node, "probeTopics") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(keyNode, "probeTopics");
            if (key is null)
            {
                continue;
            }

            if (!SignalCatalog.IsKnown(key))
            {
                Error(keyNode, $"probeTopics.{key}", $"unknown signal (expected one of {string.Join(", ", SignalCatalog.Names)})");
                continue;
            }

            if (!definition.ProbeTopics.TryGetValue(key, out var list))
            {
                list = [];
                definition.ProbeTopics[key] = list;
            }

            AppendEntries(value, $"probeTopics.{key}", list, singleWord: false);
        }
    }

    private void AppendEntries(YamlNode node, string at, List<string> target, bool singleWord, bool validatePattern = true)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, at, "must be a list");
            return;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            var itemAt = string.Create(CultureInfo.InvariantCulture, $"{at}[{index++}]");
            var text = NonEmpty(item, itemAt);
            if (text is null)
            {
                continue;
            }

            if (validatePattern)
            {
                if (!LexiconPattern.TryParse(text, out var pattern, out var error))
                {
                    Error(item, itemAt, $"bad lexicon entry: {error}");
                    continue;
                }

                if (singleWord && !IsSingleWord(pattern))
                {
                    Error(item, itemAt, $"'{text}' must be a single word in this word list");
                    continue;
                }
            }

            if (target.Contains(text, StringComparer.Ordinal))
            {
                Error(item, itemAt, $"duplicate entry '{text}'");
                continue;
            }

            target.Add(text);
        }
    }

    private static bool IsSingleWord(LexiconPattern pattern) =>
        pattern.Source.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1
        && !pattern.Source.Contains('|', StringComparison.Ordinal)
        && !pattern.Source.Contains('*', StringComparison.Ordinal)
        && !pattern.Source.Contains('#', StringComparison.Ordinal)
        && !pattern.Source.Contains('?', StringComparison.Ordinal)
        && !pattern.Source.Contains('-', StringComparison.Ordinal)
        && !pattern.Source.Any(c => c is '\'' or '\u2019' or '\u2018');

    private static Dimension? ParseDimension(string name) =>
        Enum.GetValues<Dimension>().Cast<Dimension?>().FirstOrDefault(d => DimensionName(d!.Value) == name);

    private string? Key(YamlNode node, string parent)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        Error(node, parent, "keys must be plain names");
        return null;
    }

    private YamlMappingNode? Mapping(YamlNode node, string at)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, at, "must be a mapping");
        return null;
    }

    private string? Scalar(YamlNode node, string at)
    {
        if (node is YamlScalarNode scalar && scalar.Value is not null)
        {
            return scalar.Value;
        }

        Error(node, at, "must be a single value");
        return null;
    }

    private string? NonEmpty(YamlNode node, string at)
    {
        var value = Scalar(node, at);
        if (value is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Error(node, at, "must not be empty");
            return null;
        }

        return value.Trim();
    }

    private int? Int(YamlNode node, string at, int min, int max)
    {
        var text = Scalar(node, at);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, at, "must be a whole number");
            return null;
        }

        if (value < min || value > max)
        {
            Error(node, at, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}"));
            return null;
        }

        return value;
    }

    private double? Number(YamlNode node, string at, double min, double max)
    {
        var text = Scalar(node, at);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            Error(node, at, "must be a number");
            return null;
        }

        if (value < min || value > max)
        {
            Error(node, at, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}"));
            return null;
        }

        return value;
    }

    private bool? Bool(YamlNode node, string at)
    {
        var text = Scalar(node, at);
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(node, at, "must be true or false");
                return null;
        }
    }

    private void Error(YamlNode node, string at, string message) =>
        errors.Add(new ContentError(path, (int)node.Start.Line, at, message));
}

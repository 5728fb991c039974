using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MockInterviewBot.Scenarios.Parsing;

/// <summary>
/// Reads one YAML mapping against an <see cref="ObjectSpec"/>: reports unknown and missing fields on creation, then
/// hands out typed values. Every getter returns null (after recording an error) when the value is absent or malformed,
/// so parsing carries on and reports every problem of the file.
/// </summary>
internal sealed class MappingReader
{
    private readonly ErrorSink _sink;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keyLines = new(StringComparer.Ordinal);

    private MappingReader(ErrorSink sink, YamlMappingNode node, string path)
    {
        _sink = sink;
        Node = node;
        Path = path;
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public int Line => ErrorSink.LineOf(Node);

    public static MappingReader? Open(ErrorSink sink, YamlNode node, string path, ObjectSpec spec)
    {
        if (node is not YamlMappingNode mapping)
        {
            sink.Add(node, path, $"expected a mapping ({spec.Name}), got {Describe(node)}");
            return null;
        }

        var reader = new MappingReader(sink, mapping, path);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                sink.Add(keyNode, path, "field names must be plain text");
                continue;
            }

            if (spec.Find(key) is null)
            {
                sink.Add(keyNode, ErrorSink.Join(path, key), $"unknown field '{key}'{Suggest(key, spec)}");
                continue;
            }

            reader._values[key] = value;
            reader._keyLines[key] = ErrorSink.LineOf(keyNode);
        }

        foreach (var required in spec.Required)
        {
            if (!reader._values.ContainsKey(required))
            {
                sink.Add(mapping, ErrorSink.Join(path, required), "required field is missing");
            }
        }

        return reader;
    }

    public bool Has(string field) => _values.ContainsKey(field);

    public string FieldPath(string field) => ErrorSink.Join(Path, field);

    /// <summary>The line of the field's key (block lists start on the next line; errors point at the key).</summary>
    public int LineOf(string field) => _keyLines.TryGetValue(field, out var line) ? line : Line;

    /// <summary>The raw node, or null when absent (absence of a required field is already reported).</summary>
    public YamlNode? Raw(string field) => _values.GetValueOrDefault(field);

    /// <summary>A non-empty text value.</summary>
    public string? Text(string field)
    {
        if (!_values.TryGetValue(field, out var node))
        {
            return null;
        }

        return ReadText(_sink, node, FieldPath(field), LineOf(field));
    }

    public int? Integer(string field)
    {
        if (!_values.TryGetValue(field, out var node))
        {
            return null;
        }

        var path = FieldPath(field);
        var line = LineOf(field);
        if (node is not YamlScalarNode scalar)
        {
            _sink.Add(line, path, $"expected a whole number, got {Describe(node)}");
            return null;
        }

        if (IsNull(scalar))
        {
            _sink.Add(line, path, "expected a whole number, got nothing");
            return null;
        }

        if (scalar.Style != ScalarStyle.Plain
            || !int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _sink.Add(line, path, $"expected a whole number, got '{scalar.Value}'");
            return null;
        }

        return value;
    }

    /// <summary>One of a fixed set of names (enum values, frameworks).</summary>
    public T? Choice<T>(string field, IReadOnlyList<(string Name, T Value)> choices, string what)
        where T : struct
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        _sink.Add(LineOf(field), FieldPath(field), $"unknown {what} '{text}' (expected {List(choices.Select(c => c.Name))})");
        return null;
    }

    /// <summary>The items of a sequence with their paths; null when absent or not a sequence.</summary>
    public IReadOnlyList<(YamlNode Node, string Path)>? Sequence(string field, int minItems)
    {
        if (!_values.TryGetValue(field, out var node))
        {
            return null;
        }

        var path = FieldPath(field);
        var line = LineOf(field);
        if (node is not YamlSequenceNode sequence)
        {
            if (node is YamlScalarNode scalar && IsNull(scalar))
            {
                _sink.Add(line, path, minItems > 0 ? $"must list at least {Count(minItems)}; it is empty" : "expected a list, got nothing");
            }
            else
            {
                _sink.Add(line, path, $"expected a list, got {Describe(node)}");
            }

            return null;
        }

        if (sequence.Children.Count < minItems)
        {
            var got = sequence.Children.Count == 0 ? "it is empty" : $"got {sequence.Children.Count.ToString(CultureInfo.InvariantCulture)}";
            _sink.Add(line, path, $"must list at least {Count(minItems)}; {got}");
        }

        return sequence.Children.Select((child, i) => (child, ErrorSink.Index(path, i))).ToArray();
    }

    /// <summary>A list of non-empty texts (items that are not text are reported and left out).</summary>
    public IReadOnlyList<(string Value, YamlNode Node, string Path)>? TextList(string field, int minItems)
    {
        var items = Sequence(field, minItems);
        if (items is null)
        {
            return null;
        }

        var result = new List<(string, YamlNode, string)>();
        foreach (var (node, path) in items)
        {
            if (ReadText(_sink, node, path) is { } text)
            {
                result.Add((text, node, path));
            }
        }

        return result;
    }

    public static string? ReadText(ErrorSink sink, YamlNode node, string path, int? line = null)
    {
        var at = line ?? ErrorSink.LineOf(node);
        if (node is not YamlScalarNode scalar)
        {
            sink.Add(at, path, $"expected text, got {Describe(node)}");
            return null;
        }

        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            sink.Add(at, path, "must not be empty");
            return null;
        }

        return scalar.Value!.Trim();
    }

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an alias",
    };

    public static string List(IEnumerable<string> names)
    {
        var all = names.ToArray();
        return all.Length <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} or {all[^1]}";
    }

    private static string Count(int n) => n == 1 ? "1 item" : $"{n.ToString(CultureInfo.InvariantCulture)} items";

    private static string Suggest(string key, ObjectSpec spec)
    {
        var best = spec.Fields
            .Select(f => (f.Name, Distance: Levenshtein(key.ToUpperInvariant(), f.Name.ToUpperInvariant())))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= 3 ? $" (did you mean '{best.Name}'?)" : $" (allowed: {string.Join(", ", spec.Fields.Select(f => f.Name))})";
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

using MockInterviewBot.Core.Scenarios;
using YamlDotNet.RepresentationModel;

namespace MockInterviewBot.Scenarios.Parsing;

/// <summary>Collects the errors of one file; every error carries the file, a 1-based line and a field path.</summary>
internal sealed class ErrorSink(string file)
{
    private readonly List<ContentError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ContentError> Errors => _errors;

    public int Count => _errors.Count;

    public void Add(int line, string path, string message) => _errors.Add(new ContentError(File, Math.Max(line, 1), path, message));

    public void Add(YamlNode node, string path, string message) => Add(LineOf(node), path, message);

    public static int LineOf(YamlNode node) => checked((int)node.Start.Line);

    public static string Join(string parent, string field) => parent.Length == 0 ? field : $"{parent}.{field}";

    public static string Index(string parent, int index) => $"{parent}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
}

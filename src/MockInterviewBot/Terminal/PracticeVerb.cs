using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Terminal;

/// <summary>Arguments of <c>practice</c>; null means "let the engine choose / use settings".</summary>
internal sealed record PracticeArguments(string? Mode, string? Framework, string? Competency, string? Level, string? Scenario, string? Role);

/// <summary>
/// A whole interview in the terminal over the same engine every platform uses. Each input line is one message;
/// <c>done</c> submits, <c>end</c> quits, end of input ends cleanly. Works with piped stdin for scripting.
/// </summary>
internal sealed class PracticeVerb(IInterviewEngine engine, TimeProvider time)
{
    private const string Tenant = "local";
    private const string Channel = "terminal";

    public async Task<int> RunAsync(PracticeArguments arguments, TextReader input, TextWriter output, bool useColor, CancellationToken cancellationToken)
    {
        var renderer = new ConsoleRenderer(useColor);
        var key = new ConversationKey(Platforms.Console, Tenant, Channel, null, UserName());
        var sequence = 0;

        async Task SendAsync(string text)
        {
            sequence++;
            var inbound = new InboundEvent
            {
                Key = key,
                Kind = InboundKind.Message,
                Text = text,
                MessageId = sequence.ToString(CultureInfo.InvariantCulture),
                Timestamp = time.GetUtcNow(),
                IsDirect = true,
            };
            var response = await engine.HandleAsync(inbound, cancellationToken);
            foreach (var reply in response.Replies)
            {
                await output.WriteLineAsync(renderer.Render(reply).AsMemory(), cancellationToken);
            }

            await output.FlushAsync(cancellationToken);
        }

        await SendAsync(StartCommand(arguments));
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            await SendAsync(text);
            if (text.Equals("end", StringComparison.OrdinalIgnoreCase) || text.Equals("quit", StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
        }

        await output.WriteLineAsync("(end of input — goodbye)".AsMemory(), cancellationToken);
        return 0;
    }

    /// <summary>Checks the options before any interview starts; null when they are all usable.</summary>
    internal static string? Validate(PracticeArguments arguments, IScenarioCatalog catalog)
    {
        if (arguments.Mode is { } mode && !Vocabulary.TryMode(mode.Trim().ToLowerInvariant(), out _))
        {
            return $"error: unknown mode '{mode}' (use practice, mock, drill, learn or quiz)";
        }

        if (arguments.Framework is { } framework && !Vocabulary.TryFramework(framework.Trim().ToLowerInvariant(), out _))
        {
            return $"error: unknown framework '{framework}' (use amazon, meta, google or general)";
        }

        if (arguments.Competency is { } competency && !Vocabulary.TryCompetency(competency.Trim(), out _))
        {
            return $"error: unknown competency '{competency}' (ids are listed in README.md, e.g. ownership, conflict, move-fast)";
        }

        if (arguments.Level is { } level && !Vocabulary.TryLevel(level.Trim().ToLowerInvariant(), out _))
        {
            return $"error: unknown level '{level}' (use entry, mid or senior)";
        }

        if (arguments.Role is { } role && !Vocabulary.TryRole(role.Trim(), out _))
        {
            return $"error: unknown role '{role}' (use {string.Join(", ", Competencies.Roles)})";
        }

        if (arguments.Scenario is { } scenario && catalog.Find(scenario.Trim()) is null)
        {
            return $"error: unknown scenario '{scenario}' (run `validate-scenarios` to list the bank, or see scenarios/)";
        }

        return null;
    }

    /// <summary>Builds the engine's <c>start</c> command from the terminal options.</summary>
    internal static string StartCommand(PracticeArguments arguments)
    {
        var words = new List<string> { "start" };
        words.AddRange(new[] { arguments.Mode, arguments.Framework, arguments.Competency, arguments.Level, arguments.Scenario }
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => w!.Trim()));
        if (!string.IsNullOrWhiteSpace(arguments.Role))
        {
            words.Add("--role");
            words.Add(arguments.Role.Trim());
        }

        return string.Join(' ', words);
    }

    private static string UserName()
    {
        var name = Environment.UserName;
        return string.IsNullOrWhiteSpace(name) ? "you" : name;
    }
}

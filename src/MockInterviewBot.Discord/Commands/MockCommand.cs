using MockInterviewBot.Discord.Json;

namespace MockInterviewBot.Discord.Commands;

/// <summary>The <c>/mock</c> slash command: <c>/mock start [mode] [framework] [competency] [level]</c>, plus history, settings, forget, status, end and help.</summary>
public static class MockCommand
{
    public const string Name = "mock";

    /// <summary>Subcommands whose answers concern only the person (ephemeral in guild channels).</summary>
    public static IReadOnlySet<string> PersonalSubcommands { get; } = new HashSet<string>(StringComparer.Ordinal) { "history", "settings", "forget", "help", "status" };

    /// <summary>
    /// Study-group subcommands: answered in the channel itself (no interview thread is opened); their free-text
    /// <c>options</c> become the command's words ("/mock schedule options:daily 09:00 Europe/Berlin mon-fri").
    /// </summary>
    public static IReadOnlySet<string> ChannelSubcommands { get; } = new HashSet<string>(StringComparer.Ordinal) { "schedule", "leaderboard", "pair", "digest" };

    /// <summary>Option names in the order their values become words of the command text.</summary>
    public static IReadOnlyList<string> StartOptionOrder { get; } = ["mode", "framework", "competency", "level"];

    /// <summary>The command set to bulk-overwrite. <paramref name="global"/> adds contexts/integration types so /mock works in the bot DM.</summary>
    public static IReadOnlyList<ApplicationCommand> Definitions(bool global) =>
    [
        new ApplicationCommand
        {
            Name = Name,
            Description = "Practice a behavioral interview",
            IntegrationTypes = global ? [0, 1] : null,
            Contexts = global ? [0, 1] : null,
            Options =
            [
                new CommandOption
                {
                    Type = 1,
                    Name = "start",
                    Description = "Start an interview",
                    Options =
                    [
                        Choices("mode", "practice, mock round, STAR drill, learn or quiz",
                            ("Practice (one question, probes, feedback)", "practice"),
                            ("Mock round (several questions)", "mock"),
                            ("Drill (STAR section by section)", "drill"),
                            ("Learn (walk through a scenario)", "learn"),
                            ("Quiz", "quiz")),
                        Choices("framework", "Whose interview style",
                            ("Amazon Leadership Principles", "amazon"),
                            ("Meta values", "meta"),
                            ("Google attributes", "google"),
                            ("General", "general")),
                        new CommandOption
                        {
                            Type = 3,
                            Name = "competency",
                            Description = "Competency to practise (e.g. ownership)",
                            Autocomplete = true,
                            MaxLength = 64,
                        },
                        Choices("level", "Your level",
                            ("Entry", "entry"),
                            ("Mid", "mid"),
                            ("Senior", "senior")),
                    ],
                },
                new CommandOption
                {
                    Type = 1,
                    Name = "history",
                    Description = "Your past interviews and progress",
                    Options =
                    [
                        new CommandOption { Type = 4, Name = "replay", Description = "Replay session # from your history, question by question" },
                    ],
                },
                Sub("settings", "Your level, framework and feedback visibility"),
                Sub("status", "Where you are in the current interview"),
                Sub("end", "End the current interview"),
                Sub("forget", "Delete all of your data"),
                Sub("help", "How to use the bot"),
                WithOptions("leaderboard", "The group's streaks and most improved (in a DM: yours)", "optout, optin or me"),
                WithOptions("pair", "Peer interview pairing in this channel", "optin, optout, snooze 7d, status, or [framework] [competency] to pair now"),
            ],
        },
    ];

    private static CommandOption WithOptions(string name, string description, string example) => new()
    {
        Type = 1,
        Name = name,
        Description = description,
        Options = [new CommandOption { Type = 3, Name = "options", Description = example.Length > 100 ? example[..100] : example, MaxLength = 200 }],
    };

    private static CommandOption Sub(string name, string description) =>
        new() { Type = 1, Name = name, Description = description };

    private static CommandOption Choices(string name, string description, params (string Name, string Value)[] choices) => new()
    {
        Type = 3,
        Name = name,
        Description = description,
        Choices = choices.Select(c => new CommandChoice { Name = c.Name, Value = c.Value }).ToArray(),
    };
}

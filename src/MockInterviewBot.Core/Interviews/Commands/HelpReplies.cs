using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>Help text: the full command list, and the short friendly note for input the bot did not understand.</summary>
public static class HelpReplies
{
    private static readonly string[] CommandLines =
    [
        "`start [mode] [framework] [competency] [level] [--role R]`: begin (modes: practice, mock, drill, learn, quiz)",
        "`done`: submit your answer (you can answer in several messages first)",
        "`hint`, `skip`, `repeat`, `example [section]`: help with the current question",
        "`next`, `retry`: another question, or the same one again",
        "`end`: stop the interview",
        "`status`: where you are in the current interview",
        "`history`: your progress and past sessions; `history replay <#>` replays one question by question",
        "`settings [level|framework|role|feedback] [value]`: your defaults",
        "`forget`: delete everything stored about you",
        "`test this pattern`: a quiz on the question you just practised",
    ];

    public static Reply Full() => Full([]);

    /// <summary>The full command list plus the lines of registered <see cref="IChatCommand"/>s.</summary>
    public static Reply Full(IReadOnlyList<string> extraLines) => new ReplyBuilder(ReplyPurpose.Help)
        .Header("How to use the interview bot")
        .Bullets(CommandLines.Concat(extraLines ?? []))
        .Context("Example: `start mock amazon ownership senior`. Answers can span several messages; `done` submits.")
        .Buttons(StartButtons())
        .Build();

    /// <summary>For input that is neither an answer nor a command: short, friendly, never silence.</summary>
    public static Reply Unknown(string? detail = null)
    {
        var reply = new ReplyBuilder(ReplyPurpose.Help)
            .Text(detail ?? "I'm not sure what you mean, but I can run a mock interview with you.")
            .Context("Try `start` for a practice question, `start mock` for a full round, or `help` for every command.")
            .Buttons(StartButtons());
        return reply.Build();
    }

    public static Button[] StartButtons() =>
    [
        SessionButtons.Start("Practice a question", "practice", ButtonStyle.Primary),
        SessionButtons.Start("Mock round", "mock"),
        SessionButtons.Start("Learn", "learn"),
        SessionButtons.Start("Quiz", "quiz"),
    ];
}

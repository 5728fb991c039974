using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Groups.Tests;

/// <summary>Seeded history: scored practice sessions saved straight into a store.</summary>
internal static class Seed
{
    public const string Team = "T1";
    public const string Channel = "C1";
    private static int _counter;

    public static UserRef User(string id) => new(Platforms.Slack, Team, id);

    public static async Task<InterviewSession> PractiseAsync(ISessionStore store, string user, DateTimeOffset at, int overall, string scenarioId = "amazon-own-1", Verdict verdict = Verdict.Hire)
    {
        var session = new InterviewSession
        {
            Id = "s" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Key = new ConversationKey(Platforms.Slack, Team, "D" + user, null, user),
            Mode = InterviewMode.Practice,
            CreatedAt = at,
            UpdatedAt = at,
            Status = SessionStatus.Completed,
            Questions =
            [
                new QuestionRecord
                {
                    ScenarioId = scenarioId,
                    QuestionText = "Tell me about a time you owned a problem.",
                    Answer = [new AnswerPart { MessageId = "m" + at.ToUnixTimeSeconds(), Text = "answer", At = at.AddMinutes(2) }],
                    Scorecard = new Scorecard
                    {
                        Overall = overall,
                        Verdict = verdict,
                        Level = Level.Mid,
                        Framework = Frameworks.Amazon,
                        Dimensions = [new DimensionScore { Name = Dimension.Ownership, Rating = Math.Clamp(overall / 25, 1, 4), Reason = "r" }],
                    },
                },
            ],
        };
        await store.SaveAsync(session, CancellationToken.None);
        return session;
    }

    public static InboundEvent Command(string user, string text, bool direct = false, string channel = Channel) => new()
    {
        Key = new ConversationKey(Platforms.Slack, Team, direct ? "D" + user : channel, null, user),
        Kind = InboundKind.Command,
        Text = text,
        MessageId = "cmd" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Timestamp = DateTimeOffset.UnixEpoch,
        IsDirect = direct,
    };

    public static InboundEvent Action(string user, string actionId, string value, string channel) => new()
    {
        Key = new ConversationKey(Platforms.Slack, Team, channel, null, user),
        Kind = InboundKind.Action,
        ActionId = actionId,
        ActionValue = value,
        MessageId = "act" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Timestamp = DateTimeOffset.UnixEpoch,
        IsDirect = true,
    };

    public static string Text(EngineResponse response) => string.Join("\n", response.Replies.Select(r => Render(r)));

    /// <summary>Every piece of text of a reply (blocks, not just the fallback), mentions still in neutral form.</summary>
    public static string Render(Reply reply) => string.Join("\n", reply.Blocks.Select(b => b switch
    {
        HeaderBlock h => h.Text,
        TextBlock t => t.Markdown,
        ContextBlock c => c.Markdown,
        QuoteBlock q => q.Text,
        FieldsBlock f => string.Join("\n", f.Fields.Select(x => x.Label + ": " + x.Value)),
        TableBlock t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r))),
        ActionsBlock a => string.Join(" ", a.Buttons.Select(x => $"[{x.Label}|{x.ActionId}|{x.Value}]")),
        _ => "",
    }));
}

using System.Collections.Concurrent;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>
/// A small stand-in for the interview engine: start → question with buttons, messages → acknowledgement,
/// "done"/Submit → feedback with a scorecard, Answer this too → a session for the presser. Saves sessions to the
/// store (so the adapter's owner check and thread topics work) and ignores repeated message ids, as the real one does.
/// </summary>
public sealed class ScriptedEngine(ISessionStore sessions) : IInterviewEngine
{
    public const string Question = "Tell me about a time you fixed a production incident under pressure.";

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<InboundEvent> _events = new();

    public IReadOnlyList<InboundEvent> Events => _events.ToArray();

    /// <summary>Replaces the default behaviour when set.</summary>
    public Func<InboundEvent, EngineResponse>? Override { get; set; }

    public async Task<EngineResponse> HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        if (!_seen.TryAdd(inbound.Key + "|" + inbound.MessageId, 0))
        {
            return EngineResponse.None with { Duplicate = true };
        }

        _events.Enqueue(inbound);
        if (Override is { } custom)
        {
            return custom(inbound);
        }

        var active = await sessions.GetActiveAsync(inbound.Key, cancellationToken);
        var words = inbound.Text.Trim().ToLowerInvariant();
        switch (inbound.Kind)
        {
            case InboundKind.Command when words.Length == 0:
                return new EngineResponse([Menu()]);
            case InboundKind.Command when words.StartsWith("help", StringComparison.Ordinal):
                return new EngineResponse([Help()]);
            case InboundKind.Command:
            case InboundKind.Message when words == "start" && active is null:
            case InboundKind.Action when inbound.ActionId is ActionIds.AnswerToo or ActionIds.Start:
                return await StartAsync(inbound, cancellationToken);
            case InboundKind.Message when active is not null && words == "done":
            case InboundKind.Action when inbound.ActionId == ActionIds.Submit && active is not null:
                return await FinishAsync(active, cancellationToken);
            case InboundKind.Message when active is not null:
                active.Questions[0].Answer.Add(new AnswerPart { MessageId = inbound.MessageId, Text = inbound.Text, At = inbound.Timestamp });
                await sessions.SaveAsync(active, cancellationToken);
                return new EngineResponse([new Reply { Purpose = ReplyPurpose.Nudge, Blocks = [new TextBlock("Noted. Keep going, or say **done** to submit.")], FallbackText = "Noted." }]) { SessionId = active.Id };
            case InboundKind.MessageEdited or InboundKind.MessageDeleted:
                return EngineResponse.None;
            default:
                return new EngineResponse([Help()]);
        }
    }

    private async Task<EngineResponse> StartAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var session = new InterviewSession
        {
            Id = "sess_" + Guid.NewGuid().ToString("N")[..8],
            Key = inbound.Key,
            Mode = InterviewMode.Practice,
            CreatedAt = inbound.Timestamp,
            UpdatedAt = inbound.Timestamp,
            Questions = [new QuestionRecord { ScenarioId = "incident-under-pressure", QuestionText = Question }],
        };
        await sessions.SaveAsync(session, cancellationToken);
        var reply = new Reply
        {
            Purpose = ReplyPurpose.Question,
            Blocks =
            [
                new HeaderBlock("Question 1 of 1"),
                new TextBlock(Question),
                new ActionsBlock([new Button("Submit answer", ActionIds.Submit, session.Id, ButtonStyle.Primary), new Button("Hint", ActionIds.Hint, session.Id), new Button("End", ActionIds.End, session.Id, ButtonStyle.Danger)]),
            ],
            FallbackText = "Question: " + Question,
        };
        return new EngineResponse([reply]) { SessionId = session.Id };
    }

    private async Task<EngineResponse> FinishAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        var answer = string.Join("\n", session.Questions[0].Answer.Select(a => a.Text));
        session.Status = SessionStatus.Completed;
        session.Questions[0].Scorecard = Card(answer);
        await sessions.SaveAsync(session, cancellationToken);
        var feedback = new Reply
        {
            Purpose = ReplyPurpose.Feedback,
            Blocks = [new HeaderBlock("Feedback"), new ScorecardBlock(session.Questions[0].Scorecard!, answer), new ActionsBlock([new Button("Next question", ActionIds.Next, session.Id)])],
            FallbackText = "Your feedback: Hire",
        };
        return new EngineResponse([feedback]) { SessionId = session.Id };
    }

    public static Scorecard Card(string answer) => new()
    {
        Overall = 72,
        Verdict = Verdict.Hire,
        Level = Level.Mid,
        Framework = Frameworks.General,
        Dimensions =
        [
            new DimensionScore { Name = Dimension.Ownership, Rating = 3, Reason = "Mostly first person", Evidence = [new Evidence(answer.Length > 20 ? answer[..20] : answer, 0, Math.Min(20, answer.Length))] },
            new DimensionScore { Name = Dimension.Impact, Rating = 1, Reason = "No numbers" },
        ],
        Fixes = [new Fix { Dimension = Dimension.Impact, Coaching = "Quantify the result.", BetterPhrasing = "Errors fell from 0.3% to zero." }],
        Words = 120,
        EstimatedSeconds = 48,
        TargetSeconds = 150,
    };

    private static Reply Menu() => new()
    {
        Purpose = ReplyPurpose.Menu,
        Blocks =
        [
            new TextBlock("Pick a mode and press **Start**."),
            new ChoiceBlock(ActionIds.PickMode, "Mode", [new Choice("Practice", "practice"), new Choice("Mock", "mock")]),
            new ActionsBlock([new Button("Start", ActionIds.Start, "practice", ButtonStyle.Primary)]),
        ],
        FallbackText = "Pick a mode",
    };

    private static Reply Help() => new()
    {
        Purpose = ReplyPurpose.Help,
        Blocks = [new TextBlock("Commands: `start`, `done`, `hint`, `end`.")],
        FallbackText = "Help",
    };
}

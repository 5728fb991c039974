using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

public static class TestData
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static ConversationKey Key(string tenant = "T1", string user = "U1", string channel = "C1", string? thread = "1700.1", string platform = Platforms.Slack) =>
        new(platform, tenant, channel, thread, user);

    public static InterviewSession NewSession(ConversationKey key, DateTimeOffset? at = null, string? id = null)
    {
        var when = at ?? T0;
        var session = new InterviewSession
        {
            Id = id ?? Guid.NewGuid().ToString("N"),
            Key = key,
            Mode = InterviewMode.Practice,
            Framework = Frameworks.Amazon,
            Competency = "ownership",
            Level = Level.Mid,
            Step = "awaitingAnswer",
            CreatedAt = when,
            UpdatedAt = when,
        };
        session.Questions.Add(new QuestionRecord { ScenarioId = "amazon-ownership-1", QuestionText = "Tell me about a time you owned a problem nobody asked you to." });
        session.Transcript.Add(new TranscriptEntry(when, Speaker.Bot, "Tell me about a time you owned a problem nobody asked you to."));
        return session;
    }

    /// <summary>One turn: an answer message stored in the session and its transcript, and the bot's reply.</summary>
    public static void AddTurn(InterviewSession session, string messageId, string text, DateTimeOffset at)
    {
        session.Questions[0].Answer.Add(new AnswerPart { MessageId = messageId, Text = text, At = at });
        session.Transcript.Add(new TranscriptEntry(at, Speaker.User, text, messageId));
        session.Transcript.Add(new TranscriptEntry(at, Speaker.Bot, "Got it. Keep going, or say done."));
        session.HandledMessageIds.Add(messageId);
        session.UpdatedAt = at;
    }

    /// <summary>A finished session with every part of the model filled in.</summary>
    public static InterviewSession CompletedSession(ConversationKey key, DateTimeOffset at, string answer = "I traced the checkout failures to a retry storm, which was not my team's code.")
    {
        var session = NewSession(key, at);
        AddTurn(session, "m1", answer, at.AddMinutes(1));
        var question = session.Questions[0];
        question.Probes.Add(new ProbeRecord
        {
            ProbeId = "verify",
            Question = "How did you verify the fix?",
            Triggers = ["noVerification"],
            Answer = { new AnswerPart { MessageId = "m2", Text = "I replayed the traffic and watched the error rate drop to zero.", At = at.AddMinutes(2) } },
            Verdict = Verdict.Hire,
        });
        question.DrillAnswers[StarSection.Situation] = "Checkout failed for 0.3% of orders.";
        question.HintsUsed = 1;
        question.Scorecard = new Scorecard
        {
            Overall = 3,
            Verdict = Verdict.Hire,
            Level = Level.Mid,
            Framework = Frameworks.Amazon,
            Dimensions =
            [
                new DimensionScore { Name = Dimension.Ownership, Rating = 3, Reason = "Scope boundary stated.", Evidence = [new Evidence("not my team's code", 60, 18)] },
            ],
            RedFlags = [new RedFlag { Kind = "vagueResult", Start = 0, Length = 5, Text = "I traced" }],
            Signals = new Signals { StatesScopeBoundary = true, HasVerification = true },
            Words = 17,
            EstimatedSeconds = 7,
            TargetSeconds = 150,
        };
        session.Quiz.Add(new QuizRound { ScenarioId = "amazon-ownership-1", ItemIndex = 2, Chosen = 1, Correct = true });
        session.Transcript.Add(new TranscriptEntry(at.AddMinutes(3), Speaker.Bot, "Verdict: Hire."));
        session.Status = SessionStatus.Completed;
        session.Step = "done";
        session.CompletedAt = at.AddMinutes(3);
        session.UpdatedAt = at.AddMinutes(3);
        return session;
    }

    /// <summary>The session's JSON with the store-managed version neutralized, for whole-object comparison.</summary>
    public static string Snapshot(InterviewSession session)
    {
        var version = session.Version;
        session.Version = 0;
        var json = SessionJson.Serialize(session);
        session.Version = version;
        return json;
    }
}

using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Storage.Bench;

/// <summary>Sessions shaped like real practice interviews.</summary>
internal static class BenchSessions
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static ConversationKey Key(int i) => new(Platforms.Slack, "T" + (i % 5), "C" + (i % 40), "1700." + i, "U" + i);

    public static InterviewSession Started(ConversationKey key, DateTimeOffset at)
    {
        var session = new InterviewSession
        {
            Id = Guid.NewGuid().ToString("N"),
            Key = key,
            Mode = InterviewMode.Practice,
            Framework = Frameworks.Amazon,
            Competency = "ownership",
            Step = "awaitingAnswer",
            CreatedAt = at,
            UpdatedAt = at,
        };
        session.Questions.Add(new QuestionRecord { ScenarioId = "amazon-ownership-1", QuestionText = BenchText.Of(30, 1) });
        session.Transcript.Add(new TranscriptEntry(at, Speaker.Bot, BenchText.Of(60, 2)));
        return session;
    }

    /// <summary>One answer message and the bot's acknowledgement or probe.</summary>
    public static void Turn(InterviewSession session, string messageId, int seed, DateTimeOffset at)
    {
        var text = BenchText.Of(80, seed);
        session.Questions[0].Answer.Add(new AnswerPart { MessageId = messageId, Text = text, At = at });
        session.Transcript.Add(new TranscriptEntry(at, Speaker.User, text, messageId));
        session.Transcript.Add(new TranscriptEntry(at, Speaker.Bot, BenchText.Of(25, seed + 1)));
        session.HandledMessageIds.Add(messageId);
        session.UpdatedAt = at;
    }

    /// <summary>Two probes with answers, a full scorecard and the feedback message; the session is completed.</summary>
    public static void Complete(InterviewSession session, int seed, DateTimeOffset at)
    {
        var question = session.Questions[0];
        for (var p = 0; p < 2; p++)
        {
            var answer = BenchText.Of(60, seed + 10 + p);
            question.Probes.Add(new ProbeRecord
            {
                ProbeId = "probe-" + p,
                Question = BenchText.Of(20, seed + 20 + p),
                Triggers = ["noVerification"],
                Answer = { new AnswerPart { MessageId = "p" + p, Text = answer, At = at } },
                Verdict = Verdict.Hire,
            });
            session.Transcript.Add(new TranscriptEntry(at, Speaker.Bot, question.Probes[p].Question));
            session.Transcript.Add(new TranscriptEntry(at, Speaker.User, answer, "p" + p));
        }

        question.Scorecard = new Scorecard
        {
            Overall = 3,
            Verdict = Verdict.Hire,
            Level = Level.Mid,
            Framework = Frameworks.Amazon,
            Dimensions = Enum.GetValues<Dimension>().Select(d => new DimensionScore
            {
                Name = d,
                Rating = 3,
                Reason = BenchText.Of(15, seed + (int)d),
                Evidence = [new Evidence(BenchText.Of(6, seed + 40 + (int)d), 10, 30), new Evidence(BenchText.Of(5, seed + 50 + (int)d), 80, 25)],
            }).ToArray(),
            Sections = Enum.GetValues<StarSection>().Select(s => new SectionFinding { Name = s, Start = 0, Length = 100, Words = 50, EstimatedSeconds = 20, TargetSeconds = 30 }).ToArray(),
            RedFlags = [new RedFlag { Kind = "vagueResult", Start = 5, Length = 20, Text = BenchText.Of(4, seed + 60) }],
            Fixes = [new Fix { Dimension = Dimension.Impact, Coaching = BenchText.Of(30, seed + 70), BetterPhrasing = BenchText.Of(20, seed + 71) }],
            Words = 300,
            EstimatedSeconds = 120,
            TargetSeconds = 150,
            LevelNote = BenchText.Of(20, seed + 80),
        };
        session.Transcript.Add(new TranscriptEntry(at, Speaker.Bot, BenchText.Of(250, seed + 90)));
        session.Status = SessionStatus.Completed;
        session.Step = "done";
        session.CompletedAt = at;
        session.UpdatedAt = at;
    }
}

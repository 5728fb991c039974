using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Groups.Schedules;

/// <summary>Picks the day's question for a schedule, posts it to the channel and records the thread's topic.</summary>
public sealed class QuestionOfTheDay(IScenarioCatalog catalog, OutboundMessengers messengers, IThreadTopicStore topics, TimeProvider time)
{
    /// <summary>The scenario for a schedule on a local date: rotates through the matching ones, a different one each day.</summary>
    public Scenario? Pick(QuestionSchedule schedule, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var candidates = catalog.All
            .Where(s => schedule.Framework is null || s.Framework == schedule.Framework)
            .Where(s => schedule.Competency is null || s.Competencies.Contains(schedule.Competency, StringComparer.Ordinal))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var offset = (int)(StableHash(schedule.Id) % (uint)candidates.Length);
        return candidates[(date.DayNumber + offset) % candidates.Length];
    }

    /// <summary>Posts the question; returns the thread where members answer, or null when nothing could be posted.</summary>
    public async Task<ThreadRef?> PostAsync(QuestionSchedule schedule, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var messenger = messengers.For(schedule.Channel.Platform);
        var scenario = Pick(schedule, date);
        if (messenger is null || scenario is null)
        {
            return null;
        }

        var reply = new ReplyBuilder(ReplyPurpose.Question)
            .Header("Question of the day")
            .Text($"**{scenario.Question}**")
            .Context($"{Vocabulary.FrameworkName(scenario.Framework)} · {scenario.Title}. Answer in this thread: each of you gets your own follow-up questions and feedback.")
            .Buttons(SessionButtons.AnswerToo(scenario.Id))
            .Visibility(ReplyVisibility.Conversation)
            .Build();
        var thread = await messenger.PostAsync(schedule.Channel, reply, cancellationToken);
        if (thread.Thread is not null)
        {
            await topics.SaveAsync(new ThreadTopic(thread, scenario.Id, Vocabulary.ModeWord(InterviewMode.Practice), time.GetUtcNow(), null), cancellationToken);
        }

        return thread;
    }

    private static uint StableHash(string text)
    {
        unchecked
        {
            var hash = 2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}

using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Modes;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Core.Interviews;

/// <summary>
/// Several people answer the question of one thread: someone replying there without a session of their own (or
/// pressing "Answer this too") gets their own practice session on the same scenario.
/// </summary>
public sealed class ThreadJoiner(
    IScenarioCatalog catalog,
    ISessionStore sessions,
    IThreadTopicStore topics,
    InterviewOptions options,
    PracticeHandler practice,
    IReadOnlyDictionary<InterviewMode, ModeHandler> modes,
    TurnPersistence turns)
{
    private readonly IScenarioCatalog _catalog = catalog;
    private readonly ISessionStore _sessions = sessions;
    private readonly IThreadTopicStore _topics = topics;
    private readonly InterviewOptions _options = options;
    private readonly PracticeHandler _practice = practice;
    private readonly IReadOnlyDictionary<InterviewMode, ModeHandler> _modes = modes;
    private readonly TurnPersistence _turns = turns;

    /// <summary>Someone answers the question of this thread too: their own practice session on the same scenario.</summary>
    public async Task<EngineResponse> JoinAsync(InboundEvent inbound, string? target, InterviewSession? current, UserSettings settings,
        DateTimeOffset now, bool withAnswer, CancellationToken cancellationToken)
    {
        if (current is not null)
        {
            var already = new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private)
                .Text($"You already have an interview here. {_modes[current.Mode].Describe(current)}").Build();
            return await _turns.StandaloneAsync(inbound, current, now, already, cancellationToken);
        }

        var scenario = await ThreadScenarioAsync(inbound, target, cancellationToken);
        if (scenario is null)
        {
            return withAnswer
                ? new EngineResponse([])
                : new EngineResponse([HelpReplies.Unknown("I couldn't find the question to answer here any more. Start your own?")]);
        }

        if (withAnswer && await _turns.HadSessionHereAsync(inbound.Key, cancellationToken))
        {
            // Someone chatting in a thread where they already finished or ended their own interview is not answering again
            // by accident: offer it instead.
            return new EngineResponse([new ReplyBuilder(ReplyPurpose.Help)
                .Text("Your interview in this thread is over. Want to answer the question again, or start something new?")
                .Buttons(SessionButtons.AnswerToo(scenario.Id), SessionButtons.Start("Start something new", "menu"))
                .Build()]);
        }

        var resolved = ResolvedStart.From(new StartRequest { Mode = InterviewMode.Practice, ScenarioId = scenario.Id }, settings, _options)
            with { Framework = scenario.Framework, Competency = scenario.PrimaryCompetency() };
        var session = SessionFactory.Create(inbound.Key, resolved, now);
        var ctx = new TurnContext(inbound, session, settings, now);
        if (!withAnswer)
        {
            _practice.Begin(ctx, new StartContext(resolved, new Dictionary<string, DateTimeOffset>(), scenario));
            return await _turns.SaveTurnAsync(ctx, recordUserText: true, cancellationToken);
        }

        PracticeHandler.BeginWithAnswer(ctx, scenario);
        AnswerCapture.Record(session, inbound, now);
        await _sessions.SaveAsync(session, cancellationToken);
        _practice.SubmitIfComplete(ctx);

        return await _turns.SaveTurnAsync(ctx, recordUserText: false, cancellationToken);
    }

    private async Task<Scenario?> ThreadScenarioAsync(InboundEvent inbound, string? target, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(target))
        {
            if (_catalog.Find(target) is { } direct)
            {
                return direct;
            }

            var bound = await _sessions.GetByIdAsync(new TenantRef(inbound.Key.Platform, inbound.Key.Tenant), target, cancellationToken);
            if (bound?.Current is { } boundQuestion)
            {
                return _catalog.Find(boundQuestion.ScenarioId);
            }
        }

        if (inbound.Key.Thread is null)
        {
            return null;
        }

        var topic = await _topics.GetAsync(inbound.Key.ThreadRef, cancellationToken);
        if (topic is not null && _catalog.Find(topic.ScenarioId) is { } fromTopic)
        {
            return fromTopic;
        }

        var others = await _sessions.ListByThreadAsync(inbound.Key.ThreadRef, cancellationToken);
        var latest = others.LastOrDefault(s => s.Key.User != inbound.Key.User && s.Questions.Count > 0);
        return latest is null ? null : _catalog.Find(latest.Questions[0].ScenarioId);
    }

    public async Task SaveTopicAsync(InboundEvent inbound, InterviewSession session, Scenario scenario, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (inbound.Key.Thread is null || session.Mode != InterviewMode.Practice)
        {
            return;
        }

        var existing = await _topics.GetAsync(inbound.Key.ThreadRef, cancellationToken);
        if (existing is null)
        {
            await _topics.SaveAsync(new ThreadTopic(inbound.Key.ThreadRef, scenario.Id, Vocabulary.ModeWord(session.Mode), now, inbound.Key.User), cancellationToken);
        }
    }
}

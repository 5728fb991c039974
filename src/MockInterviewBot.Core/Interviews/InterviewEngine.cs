using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Modes;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews;

/// <summary>
/// The platform-neutral interview state machine. Per event: drop duplicates, expire idle sessions, record answer
/// messages and save them before acting, then run the command or the mode's step and save again. A save that loses
/// an optimistic-concurrency race is retried from a fresh read (bounded).
/// </summary>
public sealed partial class InterviewEngine : IInterviewEngine
{
    private const int MaxAttempts = 4;
    private const int RecentSessions = 50;

    private readonly ISessionStore _sessions;
    private readonly IUserSettingsStore _settings;
    private readonly TimeProvider _time;
    private readonly InterviewOptions _options;
    private readonly ILogger<InterviewEngine> _logger;
    private readonly IScenarioCatalog _catalog;
    private readonly InputClassifier _classifier;
    private readonly Dictionary<InterviewMode, ModeHandler> _modes;
    private readonly PracticeHandler _practice;
    private readonly SettingsCommand _settingsCommand;
    private readonly ForgetCommand _forgetCommand;
    private readonly HistoryCommand _historyCommand;
    private readonly TurnPersistence _turns;
    private readonly ThreadJoiner _joiner;
    private readonly ChatCommandRouter _chatCommands;

    public InterviewEngine(
        IScenarioCatalog catalog,
        IAnswerScorer scorer,
        ISessionStore sessions,
        IThreadTopicStore topics,
        IUserSettingsStore settings,
        IUserDataEraser eraser,
        TimeProvider time,
        InterviewOptions options,
        ILogger<InterviewEngine> logger,
        IEnumerable<IChatCommand>? chatCommands = null)
    {
        _catalog = catalog;
        _sessions = sessions;
        _settings = settings;
        _time = time;
        _options = options;
        _logger = logger;
        _classifier = new InputClassifier(new CommandParser(id => catalog.Find(id) is not null));
        var services = new EngineServices(catalog, scorer, options);
        _practice = new PracticeHandler(services);
        _modes = new ModeHandler[]
        {
            _practice,
            new MockHandler(services),
            new DrillHandler(services),
            new LearnHandler(services),
            new QuizHandler(services),
        }.ToDictionary(h => h.Mode);
        _settingsCommand = new SettingsCommand(settings);
        _forgetCommand = new ForgetCommand(eraser);
        _historyCommand = new HistoryCommand(sessions, catalog);
        _turns = new TurnPersistence(sessions);
        _joiner = new ThreadJoiner(catalog, sessions, topics, options, _practice, _modes, _turns);
        _chatCommands = new ChatCommandRouter(chatCommands);
    }

    public async Task<EngineResponse> HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleOnceAsync(inbound, cancellationToken);
            }
            catch (ConcurrencyConflictException ex) when (attempt < MaxAttempts)
            {
                LogConflict(_logger, ex.SessionId, attempt);
            }
        }
    }

    private async Task<EngineResponse> HandleOnceAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var key = inbound.Key;
        var session = await _sessions.GetActiveAsync(key, cancellationToken);
        var isEdit = inbound.Kind is InboundKind.MessageEdited or InboundKind.MessageDeleted;
        if (!isEdit && await _turns.IsDuplicateAsync(session, inbound, cancellationToken))
        {
            LogDuplicate(_logger, inbound.Key.Platform, inbound.MessageId);
            return new EngineResponse([]) { Duplicate = true, SessionId = session?.Id };
        }

        var settings = await _settings.GetAsync(key.UserRef, cancellationToken) ?? new UserSettings();
        if (inbound.Text.Length > _options.MaxMessageChars)
        {
            return await RefuseOversizeAsync(inbound, session, settings, now, cancellationToken);
        }

        if (!isEdit && _chatCommands.Match(inbound) is { } chat
            && !(inbound.Kind == InboundKind.Message && session is not null && AnswerCapture.CollectsAnswer(session)))
        {
            // A registered command (study groups…): it answers on its own and leaves the interview untouched. Typed
            // text while an answer is being collected stays part of the answer.
            return await chat.Command.HandleAsync(inbound, chat.Arguments, cancellationToken);
        }

        var notes = new List<Reply>();
        InterviewSession? expired = null;
        if (session is not null && now - session.UpdatedAt > _options.IdleTimeout)
        {
            expired = session;
            await ExpireAsync(session, now, notes, cancellationToken);
            session = null;
        }

        if (isEdit)
        {
            return session is null ? new EngineResponse(notes) : await ApplyEditAsync(inbound, session, settings, now, cancellationToken);
        }

        var input = _classifier.Classify(inbound);
        if (input.BoundSessionId is { } bound && bound != session?.Id)
        {
            var foreign = await ForeignButtonAsync(inbound, bound, notes, cancellationToken);
            if (foreign is not null)
            {
                return foreign;
            }
        }

        if (expired is not null && notes.Count > 0 && input.Verb is not (CommandVerb.Start or CommandVerb.Help or CommandVerb.Menu
                or CommandVerb.History or CommandVerb.Settings or CommandVerb.Status or CommandVerb.Forget or CommandVerb.ForgetConfirm))
        {
            // The expiry note is the answer: the message is not taken as an answer to a closed interview.
            return new EngineResponse(notes) { SessionId = expired.Id };
        }

        var response = await RouteAsync(inbound, input, session, expired, settings, now, cancellationToken);
        return notes.Count == 0 ? response : response with { Replies = [.. notes, .. response.Replies] };
    }

    private async Task<EngineResponse> RouteAsync(InboundEvent inbound, TurnInput input, InterviewSession? session, InterviewSession? previous,
        UserSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = inbound.Key.UserRef;
        switch (input.Verb)
        {
            case CommandVerb.Menu:
                return await _turns.StandaloneAsync(inbound, session, now, StartMenu.Build(new StartRequest(), settings), cancellationToken);
            case CommandVerb.Pick:
                var picked = StartArgsParser.Parse(input.Args, id => _catalog.Find(id) is not null).Request;
                return await _turns.StandaloneAsync(inbound, session, now, StartMenu.Build(picked, settings), cancellationToken);
            case CommandVerb.Help:
                return await _turns.StandaloneAsync(inbound, session, now, HelpReplies.Full(_chatCommands.HelpLines), cancellationToken);
            case CommandVerb.Status:
                return await _turns.StandaloneAsync(inbound, session, now, Status(session), cancellationToken);
            case CommandVerb.History:
                return await _turns.StandaloneAsync(inbound, session, now, await _historyCommand.HandleAsync(user, input.Args, input.Target, cancellationToken), cancellationToken);
            case CommandVerb.Settings:
                var settingsReply = await _settingsCommand.HandleAsync(user, settings, input.Args, cancellationToken);
                return await _turns.StandaloneAsync(inbound, session, now, settingsReply, cancellationToken);
            case CommandVerb.Forget:
                return await _turns.StandaloneAsync(inbound, session, now, ForgetCommand.Confirm(), cancellationToken);
            case CommandVerb.ForgetConfirm:
                // Nothing is saved afterwards: the session is gone with the rest of the person's data.
                return new EngineResponse([await _forgetCommand.ForgetAsync(user, cancellationToken)]);
            case CommandVerb.Start:
                return await StartAsync(inbound, input.Args, session, previous, settings, now, cancellationToken);
            case CommandVerb.AnswerToo:
                return await _joiner.JoinAsync(inbound, input.Target, session, settings, now, withAnswer: false, cancellationToken);
            case CommandVerb.None when input.UnknownAction:
                return await _turns.StandaloneAsync(inbound, session, now, HelpReplies.Unknown("That button isn't one I know any more."), cancellationToken);
        }

        if (session is null)
        {
            return await WithoutSessionAsync(inbound, input, settings, now, cancellationToken);
        }

        return await StepAsync(inbound, input, session, settings, now, cancellationToken);
    }

    /// <summary>Runs a step of the person's own session: records answer messages first, then acts.</summary>
    private async Task<EngineResponse> StepAsync(InboundEvent inbound, TurnInput input, InterviewSession session, UserSettings settings,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ctx = new TurnContext(inbound, session, settings, now);
        if (_catalog.Find(session.Current?.ScenarioId ?? "") is null && session.Questions.Count > 0 && session.Mode != InterviewMode.Quiz)
        {
            session.Status = SessionStatus.Ended;
            ctx.Say(HelpReplies.Unknown("The question of this interview is no longer in the question bank, so I closed it. Start a new one?"));
            return await _turns.SaveTurnAsync(ctx, recordUserText: true, cancellationToken);
        }

        var handler = _modes[session.Mode];
        if (input.Verb == CommandVerb.None && inbound.Kind == InboundKind.Message && AnswerCapture.CollectsAnswer(session))
        {
            if (AnswerCapture.Record(session, inbound, now))
            {
                // Every message of an answer is stored before anything else happens.
                session.UpdatedAt = now;
                await _sessions.SaveAsync(session, cancellationToken);
            }

            handler.OnAnswerPart(ctx);
            return await _turns.SaveTurnAsync(ctx, recordUserText: false, cancellationToken);
        }

        switch (input.Verb)
        {
            case CommandVerb.Done: handler.OnSubmit(ctx); break;
            case CommandVerb.Hint: handler.OnHint(ctx); break;
            case CommandVerb.Skip: handler.OnSkip(ctx); break;
            case CommandVerb.Repeat: handler.OnRepeat(ctx); break;
            case CommandVerb.Example: handler.OnExample(ctx, input.Section); break;
            case CommandVerb.Next: handler.OnNext(ctx); break;
            case CommandVerb.Retry: handler.OnRetry(ctx); break;
            case CommandVerb.QuizChoice: handler.OnQuizChoice(ctx, input.Choice ?? -1); break;
            case CommandVerb.End: End(ctx); break;
            default: handler.OnText(ctx, inbound.Text); break;
        }

        return await _turns.SaveTurnAsync(ctx, recordUserText: true, cancellationToken);
    }

    private async Task<EngineResponse> WithoutSessionAsync(InboundEvent inbound, TurnInput input, UserSettings settings, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (input.Verb == CommandVerb.None && inbound.Kind == InboundKind.Message && inbound.Key.Thread is not null && inbound.Text.Trim().Length > 0)
        {
            var joined = await _joiner.JoinAsync(inbound, null, null, settings, now, withAnswer: true, cancellationToken);
            if (joined.Replies.Count > 0)
            {
                return joined;
            }
        }

        if (input.Verb is CommandVerb.Next or CommandVerb.Retry)
        {
            return new EngineResponse([HelpReplies.Unknown("There's no interview running here right now. Start one?")]);
        }

        return new EngineResponse([input.Verb == CommandVerb.None
            ? HelpReplies.Unknown()
            : HelpReplies.Unknown($"`{inbound.Text.Trim()}` needs an interview in progress, and there isn't one here.")]);
    }

    private async Task<EngineResponse> StartAsync(InboundEvent inbound, IReadOnlyList<string> args, InterviewSession? current, InterviewSession? previous,
        UserSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parsed = StartArgsParser.Parse(args, id => _catalog.Find(id) is not null);
        if (parsed.Unknown.Count > 0)
        {
            var reply = HelpReplies.Unknown(
                $"I don't know {string.Join(", ", parsed.Unknown.Select(u => $"`{u}`"))}. Use `start [practice|mock|drill|learn|quiz] [amazon|meta|google|general] [competency] [entry|mid|senior] [--role R]`.");
            return await _turns.StandaloneAsync(inbound, current, now, reply, cancellationToken);
        }

        var request = parsed.Request;
        Scenario? pattern = null;
        if (request.ThisPattern || request.ScenarioId is not null)
        {
            var source = request.ScenarioId ?? (current ?? previous)?.Current?.ScenarioId
                ?? (await _turns.LatestOwnAsync(inbound.Key, cancellationToken))?.Current?.ScenarioId;
            pattern = source is null ? null : _catalog.Find(source);
        }

        var resolved = ResolvedStart.From(request, settings, _options);
        if (pattern is not null && request.ThisPattern)
        {
            resolved = resolved with { Framework = pattern.Framework, Competency = resolved.Competency ?? pattern.PrimaryCompetency() };
        }

        var recent = await _sessions.ListByUserAsync(inbound.Key.UserRef, RecentSessions, cancellationToken);
        var session = SessionFactory.Create(inbound.Key, resolved, now);
        var ctx = new TurnContext(inbound, session, settings, now);
        if (!_modes[resolved.Mode].Begin(ctx, new StartContext(resolved, ScenarioPicker.LastUsed(recent), pattern)))
        {
            var none = _catalog.All.Count == 0
                ? "The question bank is empty, so I can't start an interview. An admin needs to add scenarios."
                : "I couldn't find a question for that. Try `start` without filters.";
            return await _turns.StandaloneAsync(inbound, current, now, HelpReplies.Unknown(none), cancellationToken);
        }

        if (current is not null)
        {
            current.Status = SessionStatus.Ended;
            current.UpdatedAt = now;
            await _sessions.SaveAsync(current, cancellationToken);
        }

        if (session.Current is { } question && _catalog.Find(question.ScenarioId) is { } first)
        {
            session.Framework = first.Framework;
            await _joiner.SaveTopicAsync(inbound, session, first, now, cancellationToken);
        }

        return await _turns.SaveTurnAsync(ctx, recordUserText: true, cancellationToken);
    }

    /// <summary>A session-bound button pressed by someone else, or left over from an earlier session.</summary>
    private async Task<EngineResponse?> ForeignButtonAsync(InboundEvent inbound, string boundId, List<Reply> notes, CancellationToken cancellationToken)
    {
        var bound = await _sessions.GetByIdAsync(new TenantRef(inbound.Key.Platform, inbound.Key.Tenant), boundId, cancellationToken);
        if (bound is null)
        {
            return notes.Count > 0 ? new EngineResponse(notes) : null;
        }

        if (bound.Key.User != inbound.Key.User)
        {
            var reply = new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private)
                .Text("That button belongs to someone else's interview. Want to answer the same question yourself?");
            if (bound.Current is { } question)
            {
                reply.Buttons(SessionButtons.AnswerToo(question.ScenarioId));
            }
            else
            {
                reply.Buttons(HelpReplies.StartButtons());
            }

            return new EngineResponse([reply.Build()]);
        }

        if (notes.Count > 0)
        {
            return new EngineResponse(notes);
        }

        return new EngineResponse([new ReplyBuilder(ReplyPurpose.Info)
            .Text("That button belongs to an interview that has already finished.")
            .Buttons(SessionButtons.Start("Start a new one", SessionFactory.StartArgsOf(bound), ButtonStyle.Primary))
            .Build()]);
    }

    private async Task<EngineResponse> ApplyEditAsync(InboundEvent inbound, InterviewSession session, UserSettings settings, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ctx = new TurnContext(inbound, session, settings, now);
        var applied = inbound.Kind == InboundKind.MessageEdited
            ? AnswerCapture.Edit(session, inbound.MessageId, inbound.Text, now)
            : AnswerCapture.Delete(session, inbound.MessageId, now);
        if (!applied)
        {
            if (!AnswerCapture.IsKnownPart(session, inbound.MessageId))
            {
                return new EngineResponse([]) { SessionId = session.Id };
            }

            ctx.Replies.Add(new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private)
                .Context("That answer was already submitted, so the change doesn't affect its score.").Build());
            return new EngineResponse(ctx.Replies) { SessionId = session.Id };
        }

        var words = AnswerCapture.Words(AnswerCapture.TextOf(AnswerCapture.OpenAnswer(session)!));
        ctx.Replies.Add(new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private)
            .Context(inbound.Kind == InboundKind.MessageEdited
                ? $"Updated that part of your answer ({words} words so far)."
                : $"Removed that part from your answer ({words} words so far).")
            .Build());
        session.UpdatedAt = now;
        await _sessions.SaveAsync(session, cancellationToken);
        return new EngineResponse(ctx.Replies) { SessionId = session.Id };
    }

    private async Task<EngineResponse> RefuseOversizeAsync(InboundEvent inbound, InterviewSession? session, UserSettings settings, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var reply = new ReplyBuilder(ReplyPurpose.Error)
            .Text($"That message is {inbound.Text.Length:N0} characters, more than the {_options.MaxMessageChars:N0} I accept, so I didn't use it. Everything you sent before is kept; please send it in smaller parts.")
            .Build();
        if (session is null)
        {
            return new EngineResponse([reply]);
        }

        var ctx = new TurnContext(inbound, session, settings, now);
        ctx.Say(reply);
        return await _turns.SaveTurnAsync(ctx, recordUserText: false, cancellationToken);
    }

    private async Task ExpireAsync(InterviewSession session, DateTimeOffset now, List<Reply> notes, CancellationToken cancellationToken)
    {
        var wasOpen = session.Step is not (Steps.Reviewed or Steps.Finished);
        session.Status = SessionStatus.Expired;
        await _sessions.SaveAsync(session, cancellationToken);
        LogExpired(_logger, session.Id);
        if (wasOpen)
        {
            var minutes = (int)_options.IdleTimeout.TotalMinutes;
            notes.Add(new ReplyBuilder(ReplyPurpose.Info)
                .Text($"Your {Vocabulary.ModeWord(session.Mode)} interview timed out after {minutes} minutes without a message, so I closed it. What you wrote is kept in your `history`.")
                .Buttons(SessionButtons.Start("Start again", SessionFactory.StartArgsOf(session), ButtonStyle.Primary), SessionButtons.Start("Something else", "menu"))
                .Build());
        }
    }

    private static void End(TurnContext ctx)
    {
        var session = ctx.Session;
        session.Status = SessionStatus.Ended;
        session.CompletedAt ??= ctx.Now;
        var answered = session.Questions.Count(q => q.Scorecard is not null);
        var summary = answered == 0 ? "Interview ended." : $"Interview ended. Results: {HistoryCommand.Outcome(session)}.";
        ctx.Say(new ReplyBuilder(ReplyPurpose.Info)
            .Text(summary)
            .Buttons(SessionButtons.Start("Start another", SessionFactory.StartArgsOf(session), ButtonStyle.Primary))
            .Build());
    }

    private Reply Status(InterviewSession? session)
    {
        if (session is null)
        {
            return new ReplyBuilder(ReplyPurpose.Status).Text("No interview running here.").Buttons(HelpReplies.StartButtons()).Build();
        }

        var handler = _modes[session.Mode];
        return new ReplyBuilder(ReplyPurpose.Status)
            .Text(handler.Describe(session))
            .Context($"{Vocabulary.ModeWord(session.Mode)} · {Vocabulary.FrameworkName(session.Framework)} · {Vocabulary.LevelName(session.Level)}. {handler.NextSteps(session)}")
            .Build();
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Session {SessionId} changed concurrently (attempt {Attempt}); reloading")]
    private static partial void LogConflict(ILogger logger, string sessionId, int attempt);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Ignored a duplicate {Platform} delivery of message {MessageId}")]
    private static partial void LogDuplicate(ILogger logger, string platform, string messageId);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Session {SessionId} expired after being idle")]
    private static partial void LogExpired(ILogger logger, string sessionId);
}

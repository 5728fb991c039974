using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Core.Tests.Interviews;

public sealed class ChatCommandTests
{
    private readonly InMemoryStore _store = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly RecordingCommand _schedule = new(["schedule"], ["sched_"], ["`schedule list`: the channel's schedules"]);
    private readonly RecordingCommand _history = new(["history"], [], ["`history replay <n>`: replay a session"]);
    private readonly InterviewEngine _engine;
    private int _ids;

    public ChatCommandTests()
    {
        var catalog = new ScenarioCatalog([new ScenarioBuilder().Id("amazon-learn-1").Build()]);
        _engine = new InterviewEngine(catalog, new FakeScorer(), _store, _store, _store, _store, _clock, new InterviewOptions(),
            NullLogger<InterviewEngine>.Instance, [_schedule, _history]);
    }

    [Fact]
    public async Task HandleAsync_SlashCommandWithRegisteredName_RoutesArgumentsToCommand()
    {
        var response = await _engine.HandleAsync(Event(InboundKind.Command, "schedule daily 09:00 Europe/Berlin mon-fri"), CancellationToken.None);

        var call = Assert.Single(_schedule.Calls);
        Assert.Equal("daily 09:00 Europe/Berlin mon-fri", call.Arguments);
        Assert.Equal("handled schedule", Assert.Single(response.Replies).FallbackText);
    }

    [Fact]
    public async Task HandleAsync_TypedCommandWithMention_RoutesToCommand()
    {
        await _engine.HandleAsync(Event(InboundKind.Message, "<@UBOT> Schedule list"), CancellationToken.None);

        Assert.Equal("list", Assert.Single(_schedule.Calls).Arguments);
    }

    [Fact]
    public async Task HandleAsync_ButtonWithRegisteredPrefix_RoutesActionValue()
    {
        await _engine.HandleAsync(Event(InboundKind.Action, "", actionId: "sched_off", actionValue: "s-42"), CancellationToken.None);

        var call = Assert.Single(_schedule.Calls);
        Assert.Equal("s-42", call.Arguments);
        Assert.Equal("sched_off", call.Inbound.ActionId);
    }

    [Fact]
    public async Task HandleAsync_RegisteredNameOfBuiltInVerb_CommandWins()
    {
        await _engine.HandleAsync(Event(InboundKind.Command, "history replay 2"), CancellationToken.None);

        Assert.Equal("replay 2", Assert.Single(_history.Calls).Arguments);
    }

    [Fact]
    public async Task HandleAsync_HelpCommand_ListsRegisteredCommandLines()
    {
        var response = await _engine.HandleAsync(Event(InboundKind.Command, "help"), CancellationToken.None);

        var help = Assert.Single(response.Replies).FallbackText;
        Assert.Contains("schedule list", help, StringComparison.Ordinal);
        Assert.Contains("history replay", help, StringComparison.Ordinal);
        Assert.Contains("start [mode]", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AnswerStartingWithCommandWordDuringAnswer_StaysAnswer()
    {
        await _engine.HandleAsync(Event(InboundKind.Command, "practice"), CancellationToken.None);

        var response = await _engine.HandleAsync(Event(InboundKind.Message, "Schedule pressure was high so I split the work"), CancellationToken.None);

        Assert.Empty(_schedule.Calls);
        Assert.NotNull(response.SessionId);
    }

    [Fact]
    public async Task HandleAsync_LongMessageStartingWithCommandWord_NotRoutedToCommand()
    {
        var text = "schedule " + string.Join(' ', Enumerable.Repeat("word", ChatCommandRouter.MaxMessageWords));

        await _engine.HandleAsync(Event(InboundKind.Message, text), CancellationToken.None);

        Assert.Empty(_schedule.Calls);
    }

    [Fact]
    public async Task HandleAsync_UnregisteredButton_StillGetsUnknownButtonNote()
    {
        var response = await _engine.HandleAsync(Event(InboundKind.Action, "", actionId: "other_thing"), CancellationToken.None);

        Assert.Empty(_schedule.Calls);
        Assert.Contains("button", Assert.Single(response.Replies).FallbackText, StringComparison.Ordinal);
    }

    private InboundEvent Event(InboundKind kind, string text, string? actionId = null, string? actionValue = null) => new()
    {
        Key = new ConversationKey(Platforms.Slack, "T1", "C1", null, "U1"),
        Kind = kind,
        Text = text,
        ActionId = actionId,
        ActionValue = actionValue,
        MessageId = "m" + Interlocked.Increment(ref _ids),
        Timestamp = _clock.GetUtcNow(),
        IsDirect = true,
    };

    private sealed class RecordingCommand(IReadOnlyList<string> names, IReadOnlyList<string> prefixes, IReadOnlyList<string> help) : IChatCommand
    {
        public List<(InboundEvent Inbound, string Arguments)> Calls { get; } = [];
        public IReadOnlyList<string> Names => names;
        public IReadOnlyList<string> ActionPrefixes => prefixes;
        public IReadOnlyList<string> HelpLines => help;

        public Task<EngineResponse> HandleAsync(InboundEvent inbound, string arguments, CancellationToken cancellationToken)
        {
            Calls.Add((inbound, arguments));
            return Task.FromResult(new EngineResponse([new ReplyBuilder(ReplyPurpose.Info).Text("handled " + names[0]).Build()]));
        }
    }
}

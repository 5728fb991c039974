using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Schedules;
using MockInterviewBot.Groups.Storage;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Groups.Tests;

/// <summary>Scheduler parts over in-memory stores, a recording messenger and a manual clock.</summary>
internal sealed class GroupHarness
{
    public static readonly ThreadRef Channel = new(Platforms.Slack, "T1", "C0STUDY", null);

    public GroupHarness(DateTimeOffset start, IStudyGroupStore? groups = null)
    {
        Clock = new ManualTimeProvider(start);
        Groups = groups ?? new InMemoryStudyGroupStore();
        Catalog = new ScenarioCatalog(
        [
            new ScenarioBuilder().Id("amazon-ownership-1").Framework("amazon").Competencies("ownership").Question("Tell me about a time you took ownership.").Build(),
            new ScenarioBuilder().Id("amazon-ownership-2").Framework("amazon").Competencies("ownership").Question("Tell me about owning a problem outside your team.").Build(),
            new ScenarioBuilder().Id("general-conflict-1").Framework("general").Competencies("conflict").Question("Tell me about a disagreement with a colleague.").Build(),
        ]);
        Messengers = new OutboundMessengers([Messenger]);
        Questions = new QuestionOfTheDay(Catalog, Messengers, Store, Clock);
    }

    public ManualTimeProvider Clock { get; }
    public InMemoryStore Store { get; } = new();
    public IStudyGroupStore Groups { get; }
    public ScenarioCatalog Catalog { get; }
    public InMemoryOutboundMessenger Messenger { get; } = new(Platforms.Slack);
    public OutboundMessengers Messengers { get; }
    public QuestionOfTheDay Questions { get; }

    public StudyGroupScheduler Scheduler(GroupsOptions? options = null) => new(
        Groups, Questions, Messengers, Store, Catalog, Options.Create(options ?? new GroupsOptions()), Clock, NullLogger<StudyGroupScheduler>.Instance, Store);

    public static QuestionSchedule Schedule(string time = "09:00", string zone = "Europe/Berlin", string days = "mon-fri", string? framework = null, DayOfWeek? digest = null)
    {
        ScheduleParser.TryDays(days, out var set);
        return new QuestionSchedule
        {
            Id = "s-" + zone.Replace('/', '-') + "-" + time.Replace(":", "", StringComparison.Ordinal),
            Channel = Channel,
            CreatedBy = new UserRef(Platforms.Slack, "T1", "UADMIN"),
            LocalTime = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneId = zone,
            Days = set,
            Framework = framework,
            DigestDay = digest,
            CreatedAt = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}

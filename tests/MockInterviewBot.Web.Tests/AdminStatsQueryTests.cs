using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;
using MockInterviewBot.Storage;

namespace MockInterviewBot.Web.Tests;

/// <summary>The admin query port, on the in-memory store and on SQLite through AddStorage, with the same expectations.</summary>
public sealed class AdminStatsQueryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mib-web-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private ServiceProvider SqliteProvider(bool webFirst)
    {
        var services = new ServiceCollection();
        var memory = new InMemoryStore();
        services.AddSingleton(memory).AddSingleton<ISessionStore>(memory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _dataDirectory,
        }).Build();
        if (webFirst)
        {
            services.AddWebPlayground(configuration);
            services.AddStorage(configuration);
        }
        else
        {
            services.AddStorage(configuration);
            services.AddWebPlayground(configuration);
        }

        return services.BuildServiceProvider();
    }

    private static InterviewSession Session(string tenant, string user, DateTimeOffset created, SessionStatus status, Verdict? verdict)
    {
        var session = new InterviewSession
        {
            Id = Guid.NewGuid().ToString("N"),
            Key = new ConversationKey("slack", tenant, "C1", null, user),
            Mode = InterviewMode.Practice,
            CreatedAt = created,
            UpdatedAt = created.AddMinutes(3),
            Status = status,
        };
        var question = new QuestionRecord { ScenarioId = "s1", QuestionText = "Tell me about a time." };
        if (verdict is { } v)
        {
            question.Scorecard = new Scorecard
            {
                Overall = 70,
                Verdict = v,
                Level = Level.Mid,
                Framework = "amazon",
                Dimensions =
                [
                    new DimensionScore { Name = Dimension.Ownership, Rating = 3, Reason = "r" },
                    new DimensionScore { Name = Dimension.Impact, Rating = 2, Reason = "r" },
                ],
            };
        }

        session.Questions.Add(question);
        return session;
    }

    private static async Task SeedAsync(ISessionStore store)
    {
        await store.SaveAsync(Session("T1", "U1", Now.AddHours(-1), SessionStatus.Completed, Verdict.Hire), default);
        await store.SaveAsync(Session("T1", "U2", Now.AddDays(-2), SessionStatus.Active, null), default);
        await store.SaveAsync(Session("T1", "U3", Now.AddDays(-60), SessionStatus.Active, null), default);
        await store.SaveAsync(Session("T1", "U4", Now.AddDays(-60), SessionStatus.Completed, Verdict.NoHire), default);
        await store.SaveAsync(Session("T2", "U5", Now.AddHours(-2), SessionStatus.Completed, Verdict.StrongHire), default);
    }

    private static async Task AssertContractAsync(IAdminStatsQuery query)
    {
        var all = await query.ListSessionFactsAsync(new AdminStatsFilter(Now.AddDays(-14)), default);
        var t1 = await query.ListSessionFactsAsync(new AdminStatsFilter(Now.AddDays(-14), new TenantRef("slack", "T1")), default);
        var tenants = await query.ListTenantsAsync(default);

        // In the window, plus the old active one; the old completed one is outside.
        Assert.Equal(4, all.Count);
        Assert.Equal(3, t1.Count);
        Assert.All(t1, f => Assert.Equal(new TenantRef("slack", "T1"), f.Tenant));
        var scored = Assert.Single(t1, f => f.Verdict is not null);
        Assert.Equal(Verdict.Hire, scored.Verdict);
        Assert.Equal(SessionStatus.Completed, scored.Status);
        Assert.Equal(Now.AddHours(-1), scored.CreatedAt);
        Assert.Contains(new AdminRating(Dimension.Ownership, 3), scored.Ratings);
        Assert.Equal([new TenantRef("slack", "T1"), new TenantRef("slack", "T2")], tenants);
    }

    [Fact]
    public async Task InMemoryStore_ListSessionFacts_FiltersByWindowAndTenant()
    {
        var store = new InMemoryStore();
        await SeedAsync(store);

        await AssertContractAsync(store);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sqlite_ListSessionFacts_FiltersByWindowAndTenant(bool webFirst)
    {
        await using var provider = SqliteProvider(webFirst);
        var query = provider.GetRequiredService<IAdminStatsQuery>();
        await SeedAsync(provider.GetRequiredService<ISessionStore>());

        Assert.IsNotType<InMemoryStore>(query);
        Assert.Equal("SqlAdminStatsQuery", query.GetType().Name);
        await AssertContractAsync(query);
    }

    [Fact]
    public async Task InMemoryHost_AdminQuery_IsTheSessionStore()
    {
        var services = new ServiceCollection();
        var memory = new InMemoryStore();
        services.AddSingleton(memory).AddSingleton<ISessionStore>(memory);
        services.AddWebPlayground(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();

        Assert.Same(memory, provider.GetRequiredService<IAdminStatsQuery>());
    }
}

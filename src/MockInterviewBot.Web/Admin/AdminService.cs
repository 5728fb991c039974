using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Web.Playground;

namespace MockInterviewBot.Web.Admin;

/// <summary>Collects everything the admin page shows.</summary>
internal sealed class AdminService(
    IAdminStatsQuery stats,
    IScenarioCatalog catalog,
    InterviewOptions options,
    RecentErrorLog errors,
    TimeProvider time,
    ScenarioLoadResult? loadResult = null)
{
    public const int DefaultDays = 14;
    public const int MaxDays = 90;

    public async Task<AdminOverview> OverviewAsync(TenantRef? tenant, int days, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).AddDays(1 - days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var facts = await stats.ListSessionFactsAsync(new AdminStatsFilter(since, tenant), cancellationToken);
        var tenants = await stats.ListTenantsAsync(cancellationToken);
        var figures = AdminStatsBuilder.Build(facts, now, days, options.IdleTimeout);
        return new AdminOverview(
            now,
            tenants.Select(t => new OptionView(TenantId(t), $"{t.Platform} / {t.Tenant}")).ToArray(),
            tenant is { } t ? TenantId(t) : null,
            days,
            figures.SessionsToday,
            figures.ActiveSessions,
            figures.StartedInWindow,
            figures.CompletedInWindow,
            figures.CompletionRate,
            figures.Verdicts,
            figures.Trend,
            Scenarios(),
            errors.Snapshot());
    }

    public static string TenantId(TenantRef tenant) => tenant.Platform + ":" + tenant.Tenant;

    /// <summary>"platform:tenant" → the tenant; false when malformed.</summary>
    public static bool TryParseTenant(string? value, out TenantRef? tenant)
    {
        tenant = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (value.Length > 200 || colon <= 0 || colon == value.Length - 1)
        {
            return false;
        }

        tenant = new TenantRef(value[..colon], value[(colon + 1)..]);
        return true;
    }

    private ScenarioStatusView Scenarios()
    {
        if (loadResult is not null)
        {
            var files = loadResult.Files
                .Select(f => new ScenarioFileView(f.File, f.ScenarioId, f.Ok, f.Errors.Select(e => e.ToString()).ToArray()))
                .OrderBy(f => f.Ok)
                .ThenBy(f => f.File, StringComparer.Ordinal)
                .ToArray();
            return new ScenarioStatusView("loadResult", files.Length, files.Count(f => !f.Ok), files);
        }

        var loaded = catalog.All
            .Select(s => new ScenarioFileView(s.SourcePath ?? s.Id, s.Id, true, []))
            .ToArray();
        return new ScenarioStatusView("catalog", loaded.Length, 0, loaded);
    }
}

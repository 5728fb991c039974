using MockInterviewBot.Web.Playground;

namespace MockInterviewBot.Web.Admin;

internal sealed record AdminOverview(
    DateTimeOffset Now,
    IReadOnlyList<OptionView> Tenants,
    string? Tenant,
    int Days,
    int SessionsToday,
    int ActiveSessions,
    int StartedInWindow,
    int CompletedInWindow,
    double? CompletionRate,
    IReadOnlyList<VerdictCount> Verdicts,
    DimensionTrend Trend,
    ScenarioStatusView Scenarios,
    IReadOnlyList<RecentError> RecentErrors);

internal sealed record VerdictCount(string Verdict, string Label, int Count);

/// <summary>Average rating per dimension per UTC day; <see cref="DimensionSeries.Averages"/> aligns with <see cref="Days"/> (null: no scored answer that day).</summary>
internal sealed record DimensionTrend(IReadOnlyList<string> Days, IReadOnlyList<DimensionSeries> Series);

internal sealed record DimensionSeries(string Dimension, string Label, IReadOnlyList<double?> Averages);

internal sealed record ScenarioStatusView(string Source, int Total, int WithErrors, IReadOnlyList<ScenarioFileView> Files);

internal sealed record ScenarioFileView(string File, string? ScenarioId, bool Ok, IReadOnlyList<string> Errors);

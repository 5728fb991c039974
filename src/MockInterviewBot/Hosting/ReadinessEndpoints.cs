using MockInterviewBot.Core.Operations;

namespace MockInterviewBot.Hosting;

/// <summary>/healthz (alive) and /readyz (every part ready, with reasons).</summary>
internal static class ReadinessEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok\n", "text/plain"));
        endpoints.MapGet("/metrics", (PrometheusMetrics metrics) => Results.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8"));
        endpoints.MapGet("/readyz", async (IEnumerable<IReadinessCheck> checks, CancellationToken cancellationToken) =>
        {
            var parts = new SortedDictionary<string, ReadinessPart>(StringComparer.Ordinal);
            foreach (var check in checks)
            {
                ReadinessResult result;
                try
                {
                    result = await check.CheckAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    result = ReadinessResult.Down($"check failed: {ex.GetType().Name}");
                }

                parts[check.Name] = new ReadinessPart(result.Ready, result.Detail);
            }

            var ready = parts.Values.All(p => p.Ready);
            return Results.Json(new ReadinessReport(ready ? "ready" : "not ready", parts), statusCode: ready ? 200 : 503);
        });
        return endpoints;
    }

    internal sealed record ReadinessPart(bool Ready, string Detail);

    internal sealed record ReadinessReport(string Status, IReadOnlyDictionary<string, ReadinessPart> Parts);
}

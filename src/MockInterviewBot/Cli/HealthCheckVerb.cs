namespace MockInterviewBot.Cli;

/// <summary>
/// <c>healthcheck</c>: GETs the running bot's /healthz (the container HEALTHCHECK; the runtime image has no curl).
/// Exit 0 when it answers 200, 1 otherwise.
/// </summary>
internal static class HealthCheckVerb
{
    public static async Task<int> RunAsync(string url, TextWriter stderr, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await http.GetAsync(new Uri(url), cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await stderr.WriteLineAsync($"unhealthy: {url} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await stderr.WriteLineAsync($"unhealthy: {url}: {ex.Message}");
            return 1;
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Web.Tests.Infrastructure;

namespace MockInterviewBot.Web.Tests;

public sealed class AdminApiTests
{
    private const string Token = "admin-test-token-123";

    private static async Task<(HttpResponseMessage Response, JsonNode? Json)> OverviewAsync(WebTestHost host, string? token, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/overview" + query);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await host.Client.SendAsync(request);
        return (response, await WebTestHost.ReadJsonAsync(response));
    }

    [Fact]
    public async Task NoTokenConfigured_PageAndApiAre404()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: null);

        var page = await host.Client.GetAsync(new Uri("/admin", UriKind.Relative));
        var (api, _) = await OverviewAsync(host, "anything");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task TokenConfigured_PageIsServedWithoutAuthentication()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token);

        var page = await host.Client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Admin token", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-token")]
    [InlineData("admin-test-token-12")]
    [InlineData("admin-test-token-1234")]
    public async Task Overview_MissingOrWrongToken_Returns401(string? token)
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token);

        var (response, json) = await OverviewAsync(host, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain(Token, json?.ToJsonString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_BasicScheme_Returns401()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/overview");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Token);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Overview_AfterPlaygroundSessions_ReportsFigures()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token);
        await host.PostAsync("/api/playground/start", new { user = "browser-admin-01", mode = "practice", framework = "amazon" });
        await host.PostAsync("/api/playground/turn", new { user = "browser-admin-01", text = Answers.Strong });
        await host.PostAsync("/api/playground/turn", new { user = "browser-admin-01", text = "end" });
        await host.PostAsync("/api/playground/start", new { user = "browser-admin-02", mode = "practice" });

        var (response, json) = await OverviewAsync(host, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(2, json!["sessionsToday"]!.GetValue<int>());
        Assert.Equal(1, json["activeSessions"]!.GetValue<int>());
        Assert.Equal(2, json["startedInWindow"]!.GetValue<int>());
        Assert.Equal(1, json["verdicts"]!.AsArray().Sum(v => v!["count"]!.GetValue<int>()));
        Assert.Equal(14, json["trend"]!["days"]!.AsArray().Count);
        Assert.Equal("2026-03-10", json["trend"]!["days"]![13]!.GetValue<string>());
        var structure = json["trend"]!["series"]!.AsArray().Single(s => s!["dimension"]!.GetValue<string>() == "structure")!;
        Assert.NotNull(structure["averages"]![13]);
        Assert.Null(structure["averages"]![0]);
        Assert.Contains(json["tenants"]!.AsArray(), t => t!["id"]!.GetValue<string>() == "web:web");
        Assert.Equal("loadResult", json["scenarios"]!["source"]!.GetValue<string>());
        Assert.True(json["scenarios"]!["total"]!.GetValue<int>() > 10);
    }

    [Fact]
    public async Task Overview_TenantFilter_ExcludesOtherTenants()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token);
        await host.PostAsync("/api/playground/start", new { user = "browser-admin-01", mode = "practice" });

        var (_, web) = await OverviewAsync(host, Token, "?tenant=web:web");
        var (_, slack) = await OverviewAsync(host, Token, "?tenant=slack:T0001");

        Assert.Equal(1, web!["sessionsToday"]!.GetValue<int>());
        Assert.Equal("web:web", web["tenant"]!.GetValue<string>());
        Assert.Equal(0, slack!["sessionsToday"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("?tenant=nocolon", "Invalid tenant")]
    [InlineData("?days=0", "Invalid days")]
    [InlineData("?days=1000", "Invalid days")]
    public async Task Overview_BadQuery_Returns400(string query, string title)
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token);

        var (response, json) = await OverviewAsync(host, Token, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, json!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Overview_WithoutLoadResult_ShowsTheCatalog()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token, registerLoadResult: false);

        var (_, json) = await OverviewAsync(host, Token);

        Assert.Equal("catalog", json!["scenarios"]!["source"]!.GetValue<string>());
        Assert.Equal(RealContent.Catalog.All.Count, json["scenarios"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Overview_RecentErrors_ShowsWarningsWithoutExceptionData()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: Token);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Test.Category");
        logger.LogWarning(new InvalidOperationException("secret-exception-detail"), "Something odd happened with {Thing}", "widgets");
        logger.LogInformation("Just information");

        var (_, json) = await OverviewAsync(host, Token);

        var errors = json!["recentErrors"]!.AsArray();
        var entry = Assert.Single(errors, e => e!["category"]!.GetValue<string>() == "Test.Category")!;
        Assert.Equal("Something odd happened with widgets", entry["message"]!.GetValue<string>());
        Assert.Equal("Warning", entry["level"]!.GetValue<string>());
        Assert.DoesNotContain("secret-exception-detail", json.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(errors, e => e!["message"]!.GetValue<string>() == "Just information");
    }
}

using System.Net;
using System.Text.RegularExpressions;
using MockInterviewBot.Web.Tests.Infrastructure;

namespace MockInterviewBot.Web.Tests;

public sealed class StaticAssetTests
{
    [Fact]
    public async Task Root_ServesThePlaygroundWithCspAndNoInlineScript()
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.DoesNotContain("{{v}}", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\son[a-z]+=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app.css", "text/css")]
    [InlineData("charts.js", "text/javascript")]
    [InlineData("playground.js", "text/javascript")]
    [InlineData("admin.js", "text/javascript")]
    public async Task Asset_Versioned_ServedWithTypeLongCacheAndEtag(string name, string contentType)
    {
        await using var host = await WebTestHost.StartAsync();
        var html = await host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var version = Regex.Match(html, "\\?v=([0-9a-f]{16})").Groups[1].Value;
        Assert.Equal(16, version.Length);

        var response = await host.Client.GetAsync(new Uri($"/assets/{name}?v={version}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task Asset_IfNoneMatchCurrentEtag_Returns304()
    {
        await using var host = await WebTestHost.StartAsync();
        var first = await host.Client.GetAsync(new Uri("/assets/app.css", UriKind.Relative));
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl?.MaxAge);
        Assert.True(first.Headers.CacheControl?.MustRevalidate);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/app.css");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/assets/nope.js")]
    [InlineData("/assets/index.html")]
    [InlineData("/assets/..%2Fappsettings.json")]
    public async Task Asset_Unknown_Returns404(string path)
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_Responses_CarryTheSecurityHeaders()
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri("/api/playground/options", UriKind.Relative));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public void StaticAssets_EveryEmbeddedFileHasAKnownContentType()
    {
        var assets = new MockInterviewBot.Web.Hosting.StaticAssets();

        Assert.Contains("index.html", assets.Names);
        Assert.Contains("admin.html", assets.Names);
        Assert.All(assets.Names, n => Assert.NotEqual("application/octet-stream", assets.Find(n)!.ContentType));
    }
}

using Microsoft.Playwright;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Web.Tests.Infrastructure;

namespace MockInterviewBot.Web.Tests;

/// <summary>The pages in a real headless Chromium. Screenshots go to artifacts/ under the test output directory.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;

    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> OpenAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text + " @ " + message.Location);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return (context, page, problems);
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.Locator("#answer");
        await box.FocusAsync();
        await box.FillAsync(text);
        await box.PressAsync("Control+Enter");
    }

    private static ILocator Bot(IPage page, string purpose) => page.Locator($"#log article.{purpose}");

    [Fact]
    public async Task Playground_WholePracticeInterview_QuestionProbeAndScorecardWithHighlightedEvidence()
    {
        await using var host = await WebTestHost.StartAsync(options: new InterviewOptions { MaxProbes = 1 });
        var (context, page, problems) = await OpenAsync();
        await using (context)
        {
            await page.GotoAsync(host.BaseAddress.ToString());
            await page.Locator("body[data-ready='true']").WaitForAsync();

            // Start with the keyboard: choose options, then Enter on the Start button.
            await page.Locator("#framework").SelectOptionAsync("amazon");
            await page.Locator("#competency").SelectOptionAsync("ownership");
            await page.Locator("#level").SelectOptionAsync("senior");
            await page.Locator("#start-button").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var question = Bot(page, "question").First;
            await question.WaitForAsync();
            Assert.False(string.IsNullOrWhiteSpace(await question.Locator("strong").First.TextContentAsync()));
            Assert.Equal("answer", await page.EvaluateAsync<string>("document.activeElement.id"));

            // The answer, typed and sent with Ctrl+Enter; then "done" to submit it.
            var box = page.Locator("#answer");
            await box.FillAsync(Answers.Medium[..^40]);
            await box.PressSequentiallyAsync(Answers.Medium[^40..]);
            await box.PressAsync("Control+Enter");
            await Bot(page, "info").First.WaitForAsync();
            Assert.Equal("", await box.InputValueAsync());
            await SendAsync(page, "done");

            // A follow-up probe.
            var probe = Bot(page, "probe").First;
            await probe.WaitForAsync();
            Assert.Contains("Follow-up", await probe.TextContentAsync(), StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("playground-probe"), FullPage = true });
            await SendAsync(page, Answers.ProbeAnswer);
            await Bot(page, "info").Nth(1).WaitForAsync();
            await SendAsync(page, "done");

            // The scorecard: verdict, dimension chart, time vs target chart, evidence highlighted in the answer.
            var card = page.Locator(".scorecard").First;
            await card.WaitForAsync();
            Assert.StartsWith("Verdict: ", await card.Locator(".verdict").TextContentAsync(), StringComparison.Ordinal);
            var dimensions = card.Locator("svg[data-chart='dimensions']");
            Assert.True(await dimensions.IsVisibleAsync());
            Assert.Equal(7, await dimensions.Locator("rect.bar").CountAsync());
            Assert.False(string.IsNullOrEmpty(await dimensions.Locator("title").First.TextContentAsync()));
            Assert.False(string.IsNullOrEmpty(await dimensions.Locator("desc").First.TextContentAsync()));
            Assert.True(await card.Locator("svg[data-chart='time']").IsVisibleAsync());
            var marks = card.Locator(".answer-text mark");
            Assert.True(await marks.CountAsync() > 0);
            var answerText = await card.Locator(".answer-text").TextContentAsync();
            Assert.Contains("idempotency key", answerText, StringComparison.Ordinal);
            foreach (var mark in await marks.AllTextContentsAsync())
            {
                Assert.Contains(mark, answerText, StringComparison.Ordinal);
            }

            Assert.Equal("polite", await page.Locator("#log").GetAttributeAsync("aria-live"));

            // History with its trend chart.
            await page.Locator("svg[data-chart='trend']").WaitForAsync();
            Assert.True(await page.Locator("#history li").CountAsync() >= 1);

            await card.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("playground-scorecard"), FullPage = true });
            Assert.Empty(problems);
        }
    }

    [Fact]
    public async Task Playground_EmptyAnswer_ShowsAnErrorWithoutSending()
    {
        await using var host = await WebTestHost.StartAsync();
        var (context, page, _) = await OpenAsync();
        await using (context)
        {
            await page.GotoAsync(host.BaseAddress.ToString());
            await page.Locator("body[data-ready='true']").WaitForAsync();

            await SendAsync(page, "   ");

            Assert.Contains("Type an answer", await page.Locator("#answer-error").TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#log article").CountAsync());
        }
    }

    [Fact]
    public async Task Admin_RefusesWithoutTheRightToken_ShowsChartsWithIt()
    {
        const string token = "browser-admin-token-42";
        await using var host = await WebTestHost.StartAsync(adminToken: token);
        await host.PostAsync("/api/playground/start", new { user = "browser-seed-001", mode = "practice", framework = "amazon" });
        await host.PostAsync("/api/playground/turn", new { user = "browser-seed-001", text = Answers.Strong });
        var (context, page, problems) = await OpenAsync();
        await using (context)
        {
            await page.GotoAsync(new Uri(host.BaseAddress, "/admin").ToString());
            await page.Locator("body[data-ready='true']").WaitForAsync();
            Assert.True(await page.Locator("#token").IsVisibleAsync());
            Assert.False(await page.Locator("#dashboard").IsVisibleAsync());

            // A wrong token is refused.
            await page.Locator("#token").FillAsync("not-the-token");
            await page.Locator("#token").PressAsync("Enter");
            await page.Locator("#login-error:not([hidden])").WaitForAsync();
            Assert.Contains("not accepted", await page.Locator("#login-error").TextContentAsync(), StringComparison.Ordinal);
            Assert.False(await page.Locator("#dashboard").IsVisibleAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("admin-refused"), FullPage = true });

            // The right one opens the dashboard with its charts.
            await page.Locator("#token").FillAsync(token);
            await page.Locator("#token").PressAsync("Enter");
            await page.Locator("svg[data-chart='verdicts']").WaitForAsync();
            Assert.True(await page.Locator("svg[data-chart='dimension-trend']").IsVisibleAsync());
            Assert.True(await page.Locator("svg[data-chart='dimension-trend'] circle").CountAsync() > 0);
            Assert.Equal("1", await page.Locator("#figures div").First.Locator("dd").TextContentAsync());
            Assert.True(await page.Locator("#scenarios tbody tr").CountAsync() > 10);
            Assert.Contains("web / web", await page.Locator("#tenant").TextContentAsync(), StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("admin-dashboard"), FullPage = true });
            Assert.All(problems, p => Assert.Contains("401", p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Admin_NoTokenConfigured_PageIsNotFound()
    {
        await using var host = await WebTestHost.StartAsync(adminToken: null);
        var (context, page, _) = await OpenAsync();
        await using (context)
        {
            var response = await page.GotoAsync(new Uri(host.BaseAddress, "/admin").ToString());

            Assert.Equal(404, response!.Status);
        }
    }
}

using System.Net;
using System.Text.Json.Nodes;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Web.Tests.Infrastructure;

namespace MockInterviewBot.Web.Tests;

public sealed class PlaygroundApiTests
{
    private const string User = "browser-test-0001";

    private static object Start(string user = User, string? mode = "practice", string? framework = "amazon", string? competency = "ownership", string? level = "mid") =>
        new { user, mode, framework, competency, level };

    private static async Task AssertProblemAsync(HttpResponseMessage response, JsonNode? json, string title)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, json?["title"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(json?["detail"]?.GetValue<string>()));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Options_Get_ListsTheEngineChoices()
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri("/api/playground/options", UriKind.Relative));
        var json = await WebTestHost.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["practice", "mock", "drill", "learn", "quiz"], json!["modes"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal(["amazon", "meta", "google", "general"], json["frameworks"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal(16, json["frameworks"]![0]!["competencies"]!.AsArray().Count);
        Assert.Equal(["entry", "mid", "senior"], json["levels"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()));
        Assert.Equal(new InterviewOptions().MaxMessageChars, json["maxAnswerChars"]!.GetValue<int>());
    }

    [Fact]
    public async Task Start_Practice_ReturnsTheQuestionWithButtons()
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/start", Start());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(json!["sessionId"]!.GetValue<string>()));
        Assert.True(Json.HasPurpose(json, "question"));
        Assert.Contains(Json.Blocks(json, "actions").SelectMany(a => a["buttons"]!.AsArray()), b => b!["actionId"]!.GetValue<string>() == "submit");
        var session = Assert.Single(await host.Store.ListByUserAsync(new("web", "web", User), 10, default));
        Assert.Equal(InterviewMode.Practice, session.Mode);
        Assert.Equal("amazon", session.Framework);
    }

    [Fact]
    public async Task Start_EmptyChoices_StartsAPracticeWithDefaults()
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/start", new { user = User, mode = "", framework = "", competency = "", level = "", role = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Json.HasPurpose(json, "question"));
    }

    [Theory]
    [InlineData("interrogation", "amazon", "ownership", "mid", "Unknown mode")]
    [InlineData("practice", "netflix", null, "mid", "Unknown framework")]
    [InlineData("practice", "amazon", "juggling", "mid", "Unknown competency")]
    [InlineData("practice", "meta", "ownership", "mid", "not part of the Meta framework")]
    [InlineData("practice", "amazon", "ownership", "wizard", "Unknown level")]
    public async Task Start_BadChoice_Returns400ProblemNamingIt(string mode, string framework, string? competency, string level, string expected)
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/start", Start(mode: mode, framework: framework, competency: competency, level: level));

        await AssertProblemAsync(response, json, "Invalid start choice");
        Assert.Contains(expected, json!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await host.Store.ListByUserAsync(new("web", "web", User), 10, default));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("has spaces in it")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Start_InvalidBrowserId_Returns400(string? user)
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/start", new { user, mode = "practice" });

        await AssertProblemAsync(response, json, "Invalid browser id");
    }

    [Theory]
    [InlineData("/api/playground/start", "{\"user\": \"browser-test-0001\", \"mode\": ")]
    [InlineData("/api/playground/turn", "not json at all")]
    [InlineData("/api/playground/turn", "[1, 2, 3]")]
    [InlineData("/api/playground/turn", "{\"user\": 42, \"text\": \"hello\"}")]
    public async Task Post_MalformedJson_Returns400Problem(string path, string body)
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostRawAsync(path, body);

        await AssertProblemAsync(response, json, "Malformed JSON");
    }

    [Fact]
    public async Task Turn_EmptyBody_Returns400Problem()
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostRawAsync("/api/playground/turn", "");

        await AssertProblemAsync(response, json, "Empty request body");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData(null)]
    public async Task Turn_EmptyAnswer_Returns400Problem(string? text)
    {
        await using var host = await WebTestHost.StartAsync();
        await host.PostAsync("/api/playground/start", Start());

        var (response, json) = await host.PostAsync("/api/playground/turn", new { user = User, text });

        await AssertProblemAsync(response, json, "Empty answer");
    }

    [Fact]
    public async Task Turn_AnswerOverTheLimit_Returns400ProblemAndStoresNothing()
    {
        var options = new InterviewOptions { MaxMessageChars = 500 };
        await using var host = await WebTestHost.StartAsync(options: options);
        await host.PostAsync("/api/playground/start", Start());

        var (response, json) = await host.PostAsync("/api/playground/turn", new { user = User, text = new string('a', 501) });

        await AssertProblemAsync(response, json, "Answer too long");
        Assert.Contains("500", json!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var session = Assert.Single(await host.Store.ListByUserAsync(new("web", "web", User), 10, default));
        Assert.Empty(session.Questions[0].Answer);
    }

    [Fact]
    public async Task Turn_BodyFarOverTheLimit_Returns400WithoutReadingItAll()
    {
        var options = new InterviewOptions { MaxMessageChars = 500 };
        await using var host = await WebTestHost.StartAsync(options: options);

        var (response, json) = await host.PostRawAsync("/api/playground/turn", "{\"user\":\"" + User + "\",\"text\":\"" + new string('x', 200_000) + "\"}");

        await AssertProblemAsync(response, json, "Request too large");
    }

    [Theory]
    [InlineData("launch_missiles", null, "Unknown action")]
    [InlineData(null, null, "Unknown action")]
    public async Task Turn_UnknownAction_Returns400Problem(string? id, string? value, string title)
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/turn", new { user = User, action = new { id, value } });

        await AssertProblemAsync(response, json, title);
    }

    [Fact]
    public async Task Turn_TextAndAction_Returns400Problem()
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/turn", new { user = User, text = "done", action = new { id = "submit" } });

        await AssertProblemAsync(response, json, "Ambiguous turn");
    }

    [Fact]
    public async Task Turn_UnknownWordWithoutSession_GetsFriendlyHelp()
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/turn", new { user = User, text = "blorp" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Json.Replies(json));
    }

    [Fact]
    public async Task WholePractice_AnswerProbeAndSubmit_ReturnsScorecardWithEvidenceSpansIntoTheAnswer()
    {
        await using var host = await WebTestHost.StartAsync(options: new InterviewOptions { MaxProbes = 1 });
        await host.PostAsync("/api/playground/start", Start());

        var (_, afterAnswer) = await host.PostAsync("/api/playground/turn", new { user = User, text = Answers.Medium });
        var (_, probe) = await host.PostAsync("/api/playground/turn", new { user = User, action = new { id = "submit", value = afterAnswer!["sessionId"]!.GetValue<string>() } });
        Assert.True(Json.HasPurpose(probe, "probe"));
        await host.PostAsync("/api/playground/turn", new { user = User, text = Answers.ProbeAnswer });
        var (response, feedback) = await host.PostAsync("/api/playground/turn", new { user = User, text = "done" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(Json.Blocks(feedback, "scorecard"))["scorecard"]!;
        var answer = card["answerText"]!.GetValue<string>();
        Assert.Contains("idempotency key", answer, StringComparison.Ordinal);
        Assert.Contains(card["verdict"]!.GetValue<string>(), new[] { "strongHire", "hire", "leaningNoHire", "noHire" });
        Assert.Equal(7, card["dimensions"]!.AsArray().Count);
        Assert.All(card["dimensions"]!.AsArray(), d => Assert.InRange(d!["rating"]!.GetValue<int>(), 1, 4));
        var evidence = card["dimensions"]!.AsArray().SelectMany(d => d!["evidence"]!.AsArray()).ToArray();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(
            e!["text"]!.GetValue<string>(),
            answer.Substring(e["start"]!.GetValue<int>(), e["length"]!.GetValue<int>())));
        Assert.NotEmpty(card["sections"]!.AsArray());
        Assert.All(card["sections"]!.AsArray(), s => Assert.True(s!["targetSeconds"]!.GetValue<int>() > 0));
        Assert.True(card["targetSeconds"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task History_AfterAScoredSession_ListsItWithVerdictAndOverall()
    {
        await using var host = await WebTestHost.StartAsync();
        await host.PostAsync("/api/playground/start", Start());
        await host.PostAsync("/api/playground/turn", new { user = User, text = Answers.Strong });

        var response = await host.Client.GetAsync(new Uri("/api/playground/history?user=" + User, UriKind.Relative));
        var json = await WebTestHost.ReadJsonAsync(response);

        var item = Assert.Single(json!["sessions"]!.AsArray())!;
        Assert.Equal("practice", item["mode"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(item["verdictLabel"]!.GetValue<string>()));
        Assert.InRange(item["overall"]!.GetValue<double>(), 1, 100);
    }

    [Fact]
    public async Task History_OtherBrowser_SeesNothing()
    {
        await using var host = await WebTestHost.StartAsync();
        await host.PostAsync("/api/playground/start", Start());

        var json = await WebTestHost.ReadJsonAsync(await host.Client.GetAsync(new Uri("/api/playground/history?user=browser-other-99", UriKind.Relative)));

        Assert.Empty(json!["sessions"]!.AsArray());
    }

    [Fact]
    public async Task History_InvalidBrowserId_Returns400()
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri("/api/playground/history?user=x", UriKind.Relative));
        var json = await WebTestHost.ReadJsonAsync(response);

        await AssertProblemAsync(response, json, "Invalid browser id");
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MockInterviewBot.Discord.Commands;
using MockInterviewBot.Discord.Handling;

namespace MockInterviewBot.Discord.Tests;

public sealed class OptionsTests
{
    private static ValidateOptionsResult Validate(Action<DiscordOptions> change)
    {
        var options = new DiscordOptions { Token = "abc.def" };
        change(options);
        return new DiscordOptionsValidator().Validate(null, options);
    }

    [Theory]
    [InlineData("ApiBaseUrl", "not a url", "Discord:ApiBaseUrl")]
    [InlineData("GatewayUrl", "http://x", "Discord:GatewayUrl")]
    [InlineData("ApplicationId", "abc", "Discord:ApplicationId")]
    [InlineData("Token", "Bot abc", "Discord:Token")]
    public void Validate_BadValue_FailureNamesTheKey(string property, string value, string key)
    {
        var result = Validate(o => typeof(DiscordOptions).GetProperty(property)!.SetValue(o, value));

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("abc.def", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShardIdOutOfRange_NamesShardKeys()
    {
        var result = Validate(o => { o.ShardId = 2; o.ShardCount = 2; });

        Assert.Contains("Discord:ShardId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(Validate(_ => { }).Succeeded);
        Assert.Equal("https://discord.com/api/v10/", new DiscordOptions().ApiBaseUrl);
        Assert.False(new DiscordOptions().GuildChannels);
    }

    [Fact]
    public void AddDiscordAdapter_NoToken_DisabledStateAndNoHostedService()
    {
        var services = new ServiceCollection();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "" }).Build();

        services.AddDiscordAdapter(config);
        using var provider = services.BuildServiceProvider();

        var state = provider.GetRequiredService<DiscordConnectionState>();
        Assert.False(state.Enabled);
        Assert.Equal(DiscordConnectionStatus.Disabled, state.Status);
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Fact]
    public async Task AddDiscordAdapter_InvalidSetting_HostStartFailsNamingTheKey()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "abc", ["Discord:ShardCount"] = "0" });
        builder.Services.AddDiscordAdapter(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:ShardCount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MockCommand_Definitions_StartHasFourOptionsAndSubcommandsExist()
    {
        var command = MockCommand.Definitions(global: true).Single();

        Assert.Equal(["start", "history", "settings", "status", "end", "forget", "help", "leaderboard", "pair"], command.Options!.Select(o => o.Name));
        Assert.Equal(["mode", "framework", "competency", "level"], command.Options![0].Options!.Select(o => o.Name));
        Assert.Null(MockCommand.Definitions(global: false).Single().Contexts);
    }

    [Fact]
    public void SlashCommandParser_LeaderboardAndPairOptions_BecomeCommandWords()
    {
        static string Parse(string sub, string options) =>
            SlashCommandParser.Parse(System.Text.Json.JsonSerializer.Deserialize(
                System.Text.Json.Nodes.JsonNode.Parse(Fakes.FakeDiscord.SlashCommand("1", sub, new Dictionary<string, string> { ["options"] = options }))!["data"]!.ToJsonString(),
                Json.DiscordJsonContext.Default.InteractionData)!).Text;

        Assert.Equal("leaderboard optout", Parse("leaderboard", "optout"));
        Assert.Equal("pair snooze 7d", Parse("pair", "snooze 7d"));
    }

    [Fact]
    public void Nonce_AlwaysAtMost25Characters()
    {
        Assert.Equal("1480928853491851285.0", DiscordEventHandler.Nonce("1480928853491851285", 0));
        Assert.InRange(DiscordEventHandler.Nonce("14809288534918512851234", 1234).Length, 1, 25);
    }

    [Fact]
    public void StripMention_BothForms_Removed()
    {
        Assert.Equal("start", DiscordEventHandler.StripMention("<@123> start", "123"));
        Assert.Equal("start", DiscordEventHandler.StripMention("<@!123> start", "123"));
    }
}

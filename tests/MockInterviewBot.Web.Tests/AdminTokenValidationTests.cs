using Microsoft.Extensions.Options;
using MockInterviewBot.Web.Tests.Infrastructure;

namespace MockInterviewBot.Web.Tests;

/// <summary>A set admin token must be long enough to resist guessing; start-up says so without echoing it.</summary>
public sealed class AdminTokenValidationTests
{
    [Theory]
    [InlineData("short-tok3n")]
    [InlineData("sixteen chars ok")]
    public async Task Start_WeakAdminToken_FailsNamingTheKeyNotTheValue(string token)
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => WebTestHost.StartAsync(adminToken: token));

        Assert.Contains("Admin:Token (Admin__Token) must be at least 16 characters without spaces", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-long-enough-admin-token")]
    public void Validator_EmptyOrLongToken_Passes(string token) =>
        Assert.True(new AdminOptionsValidator().Validate(null, new AdminOptions { Token = token }).Succeeded);
}

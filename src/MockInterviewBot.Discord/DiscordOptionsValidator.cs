using Microsoft.Extensions.Options;

namespace MockInterviewBot.Discord;

/// <summary>Start-up validation; every message names the configuration key (never its secret value).</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        var token = options.Token.Trim();
        if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Discord:Token must be the raw bot token without the 'Bot ' prefix.");
        }
        else if (token.Any(char.IsWhiteSpace))
        {
            errors.Add("Discord:Token must not contain whitespace.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApplicationId) && !IsSnowflake(options.ApplicationId))
        {
            errors.Add("Discord:ApplicationId must be a numeric id (or empty to read it from READY).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10/.");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl)
            && (!Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) || (gateway.Scheme != "wss" && gateway.Scheme != "ws")))
        {
            errors.Add("Discord:GatewayUrl must be empty or an absolute ws(s) URL such as wss://gateway.discord.gg.");
        }

        foreach (var guild in options.CommandGuildIds)
        {
            if (!IsSnowflake(guild))
            {
                errors.Add("Discord:CommandGuildIds must contain numeric guild ids only.");
                break;
            }
        }

        if (options.ShardCount < 1)
        {
            errors.Add("Discord:ShardCount must be at least 1.");
        }
        else if (options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            errors.Add("Discord:ShardId must be between 0 and Discord:ShardCount - 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsSnowflake(string value) =>
        value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}

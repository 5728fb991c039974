using Microsoft.Extensions.Options;

namespace MockInterviewBot.Slack.Configuration;

/// <summary>Start-up validation; every message names the configuration key and never echoes a secret.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!Enum.IsDefined(options.Mode))
        {
            errors.Add($"Slack:Mode must be SocketMode or Http (was {(int)options.Mode}).");
        }

        if (!Enum.IsDefined(options.FeedbackVisibility))
        {
            errors.Add($"Slack:FeedbackVisibility must be Thread or Ephemeral (was {(int)options.FeedbackVisibility}).");
        }

        if (options.HasBotToken && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            errors.Add("Slack:BotToken (Slack__BotToken) must be a bot token starting with 'xoxb-'.");
        }

        if (options.Mode == SlackMode.SocketMode)
        {
            if (string.IsNullOrWhiteSpace(options.AppToken))
            {
                errors.Add("Slack:AppToken (Slack__AppToken) is required when Slack:Mode is SocketMode: create an app-level token with connections:write, or set Slack:Mode to Http.");
            }
            else if (!options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
            {
                errors.Add("Slack:AppToken (Slack__AppToken) must be an app-level token starting with 'xapp-'.");
            }
        }

        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            errors.Add("Slack:SigningSecret (Slack__SigningSecret) is required when Slack:Mode is Http: copy it from the app's Basic Information page.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("http" or "https"))
        {
            errors.Add("Slack:ApiBaseUrl (Slack__ApiBaseUrl) must be an absolute http(s) URL such as https://slack.com/api/.");
        }

        if (options.MessagesPerSecondPerChannel <= 0)
        {
            errors.Add("Slack:MessagesPerSecondPerChannel must be greater than 0.");
        }

        if (options.ChannelBurst < 1)
        {
            errors.Add("Slack:ChannelBurst must be at least 1.");
        }

        if (options.MaxRetries < 0)
        {
            errors.Add("Slack:MaxRetries must not be negative.");
        }

        if (options.RequestTimeout < TimeSpan.FromSeconds(1) || options.RequestTimeout > TimeSpan.FromDays(1))
        {
            errors.Add($"Slack:RequestTimeout must be between 00:00:01 and 1.00:00:00 (was {options.RequestTimeout}).");
        }

        if (options.MaxReconnectDelay < TimeSpan.FromSeconds(1) || options.MaxReconnectDelay > TimeSpan.FromHours(1))
        {
            errors.Add($"Slack:MaxReconnectDelay must be between 00:00:01 and 01:00:00 (was {options.MaxReconnectDelay}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

using Microsoft.Extensions.Options;

namespace MockInterviewBot.Web;

/// <summary>The "Admin" configuration section. An empty token turns the admin page and API off (404).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The bearer token the admin page sends; env <c>Admin__Token</c>. Never logged.</summary>
    public string Token { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);
}

/// <summary>Start-up validation of "Admin": a set token must be long enough not to be guessed. Never echoes the token.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public const int MinTokenLength = 16;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var token = options.Token.Trim();
        if (token.Length < MinTokenLength || token.Any(char.IsWhiteSpace))
        {
            return ValidateOptionsResult.Fail(
                $"Admin:Token (Admin__Token) must be at least {MinTokenLength} characters without spaces, e.g. the output of `openssl rand -hex 24`; leave it empty to turn the admin page off.");
        }

        return ValidateOptionsResult.Success;
    }
}

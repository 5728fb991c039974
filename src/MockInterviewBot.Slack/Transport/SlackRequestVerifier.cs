using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MockInterviewBot.Slack.Transport;

public enum SignatureResult
{
    Valid,
    Missing,
    Malformed,
    Stale,
    Mismatch,
}

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c> keyed with the signing secret's
/// UTF-8 bytes, five-minute window both ways, constant-time comparison.
/// </summary>
public sealed class SlackRequestVerifier
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly byte[] _secret;
    private readonly TimeProvider _time;

    public SlackRequestVerifier(string signingSecret, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        _secret = Encoding.UTF8.GetBytes(signingSecret);
        _time = time;
    }

    public SignatureResult Verify(ReadOnlySpan<byte> body, string? timestamp, string? signature)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureResult.Missing;
        }

        if (!signature.StartsWith("v0=", StringComparison.Ordinal) || signature.Length != 67
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureResult.Malformed;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)Window.TotalSeconds)
        {
            return SignatureResult.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(body, timestamp));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureResult.Valid : SignatureResult.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value for a body and timestamp (also used by tests and the load tool).</summary>
    public string Sign(ReadOnlySpan<byte> body, string timestamp)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
        hmac.AppendData(Encoding.ASCII.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(body);
        return "v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}

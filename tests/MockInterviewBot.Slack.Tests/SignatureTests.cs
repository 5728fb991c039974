using System.Text;
using System.Text.Json;
using MockInterviewBot.Slack.Tests.Fakes;
using MockInterviewBot.Slack.Transport;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Slack.Tests;

public sealed class SignatureTests
{
    private const string OfficialSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string OfficialTimestamp = "1531420618";
    private const string OfficialBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string OfficialSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static ManualTimeProvider ClockAt(string unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(long.Parse(unixSeconds, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Verify_SlackPublishedExample_IsValid()
    {
        var verifier = new SlackRequestVerifier(OfficialSecret, ClockAt(OfficialTimestamp));

        Assert.Equal(SignatureResult.Valid, verifier.Verify(Encoding.UTF8.GetBytes(OfficialBody), OfficialTimestamp, OfficialSignature));
        Assert.Equal(OfficialSignature, verifier.Sign(Encoding.UTF8.GetBytes(OfficialBody), OfficialTimestamp));
    }

    [Fact]
    public void Verify_EveryFixtureVector_IsValid()
    {
        using var doc = JsonDocument.Parse(Payloads.Fixture("signing_test_vectors.json"));
        var count = 0;
        foreach (var vector in doc.RootElement.GetProperty("vectors").EnumerateArray())
        {
            var timestamp = vector.GetProperty("timestamp").GetString()!;
            var body = vector.TryGetProperty("body", out var inline)
                ? Encoding.UTF8.GetBytes(inline.GetString()!)
                : Payloads.FixtureBytes(vector.GetProperty("body_file").GetString()!);
            var verifier = new SlackRequestVerifier(vector.GetProperty("signing_secret").GetString()!, ClockAt(timestamp));

            Assert.Equal(SignatureResult.Valid, verifier.Verify(body, timestamp, vector.GetProperty("expected_signature").GetString()));
            count++;
        }

        Assert.Equal(3, count);
    }

    [Fact]
    public void Verify_WrongSecret_IsMismatch()
    {
        var verifier = new SlackRequestVerifier("not-the-secret", ClockAt(OfficialTimestamp));

        Assert.Equal(SignatureResult.Mismatch, verifier.Verify(Encoding.UTF8.GetBytes(OfficialBody), OfficialTimestamp, OfficialSignature));
    }

    [Fact]
    public void Verify_TamperedBody_IsMismatch()
    {
        var verifier = new SlackRequestVerifier(OfficialSecret, ClockAt(OfficialTimestamp));
        var tampered = OfficialBody.Replace("roadrunner", "coyote", StringComparison.Ordinal);

        Assert.Equal(SignatureResult.Mismatch, verifier.Verify(Encoding.UTF8.GetBytes(tampered), OfficialTimestamp, OfficialSignature));
        Assert.Equal(SignatureResult.Mismatch, verifier.Verify(Encoding.UTF8.GetBytes(OfficialBody + " "), OfficialTimestamp, OfficialSignature));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(3600)]
    public void Verify_TimestampOutsideFiveMinutes_IsStale(int skewSeconds)
    {
        var clock = ClockAt(OfficialTimestamp);
        if (skewSeconds > 0)
        {
            clock.Advance(TimeSpan.FromSeconds(skewSeconds));
        }
        else
        {
            clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 + skewSeconds));
        }

        var verifier = new SlackRequestVerifier(OfficialSecret, clock);

        Assert.Equal(SignatureResult.Stale, verifier.Verify(Encoding.UTF8.GetBytes(OfficialBody), OfficialTimestamp, OfficialSignature));
    }

    [Fact]
    public void Verify_TimestampExactlyFiveMinutesOld_IsValid()
    {
        var clock = ClockAt(OfficialTimestamp);
        clock.Advance(TimeSpan.FromSeconds(300));

        Assert.Equal(SignatureResult.Valid, new SlackRequestVerifier(OfficialSecret, clock).Verify(Encoding.UTF8.GetBytes(OfficialBody), OfficialTimestamp, OfficialSignature));
    }

    [Theory]
    [InlineData(null, OfficialSignature, SignatureResult.Missing)]
    [InlineData(OfficialTimestamp, null, SignatureResult.Missing)]
    [InlineData("15314x0618", OfficialSignature, SignatureResult.Malformed)]
    [InlineData(OfficialTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureResult.Malformed)]
    [InlineData(OfficialTimestamp, "v0=abc", SignatureResult.Malformed)]
    public void Verify_MissingOrMalformedHeaders_AreRejected(string? timestamp, string? signature, SignatureResult expected)
    {
        var verifier = new SlackRequestVerifier(OfficialSecret, ClockAt(OfficialTimestamp));

        Assert.Equal(expected, verifier.Verify(Encoding.UTF8.GetBytes(OfficialBody), timestamp, signature));
    }
}

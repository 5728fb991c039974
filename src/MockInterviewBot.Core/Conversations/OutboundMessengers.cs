namespace MockInterviewBot.Core.Conversations;

/// <summary>The registered <see cref="IOutboundMessenger"/>s by platform.</summary>
public sealed class OutboundMessengers(IEnumerable<IOutboundMessenger> messengers)
{
    private readonly Dictionary<string, IOutboundMessenger> _byPlatform = messengers
        .GroupBy(m => m.Platform, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IReadOnlyCollection<string> Platforms => _byPlatform.Keys;

    /// <summary>The messenger for the platform, or null when that platform is not configured.</summary>
    public IOutboundMessenger? For(string platform) => _byPlatform.GetValueOrDefault(platform);
}

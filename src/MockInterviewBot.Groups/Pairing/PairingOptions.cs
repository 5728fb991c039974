namespace MockInterviewBot.Groups.Pairing;

/// <summary>What happens to the odd one out when an odd number of people are available.</summary>
public enum OddOneOut
{
    /// <summary>They join a pair, which becomes a trio (each interviews the next in a circle).</summary>
    Trio,

    /// <summary>They wait this round and are never the one left out twice in a row.</summary>
    Wait,
}

/// <summary>Settings of <c>/mock pair</c>, bound from "Groups:Pairing".</summary>
public sealed class PairingOptions
{
    public const string SectionName = "Groups:Pairing";

    public OddOneOut OddOneOut { get; set; } = OddOneOut.Trio;

    /// <summary>Shortest time between two rounds in one channel (so a double command does not re-pair everyone).</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Past rounds considered when avoiding repeat pairs.</summary>
    public int HistoryRounds { get; set; } = 20;

    /// <summary>Longest snooze accepted (<c>/mock pair snooze 7d</c>).</summary>
    public int MaxSnoozeDays { get; set; } = 90;
}

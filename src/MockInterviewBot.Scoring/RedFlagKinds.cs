namespace MockInterviewBot.Scoring;

/// <summary>The kinds a <see cref="RedFlag"/> can have.</summary>
public static class RedFlagKinds
{
    public const string HandOff = "handOff";
    public const string AssignedOwnership = "assignedOwnership";
    public const string Blame = "blame";
    public const string VagueResult = "vagueResult";
    public const string GenericReflection = "genericReflection";
    public const string UnverifiedAssumption = "unverifiedAssumption";
    public const string WeDominant = "weDominant";

    public static IReadOnlyList<string> All { get; } = [HandOff, AssignedOwnership, Blame, VagueResult, GenericReflection, UnverifiedAssumption, WeDominant];
}

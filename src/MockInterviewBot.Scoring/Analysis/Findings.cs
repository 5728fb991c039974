namespace MockInterviewBot.Scoring.Analysis;

/// <summary>What the detectors found in one text: signals plus the evidence behind each.</summary>
internal sealed class Findings
{
    public Signals Signals { get; set; } = new();

    public int IStatements { get; set; }

    public int WeStatements { get; set; }

    public bool TradeOff { get; set; }

    public bool SpecificReflection { get; set; }

    public bool Assumption { get; set; }

    public bool Blame { get; set; }

    public bool BusinessImpact { get; set; }

    public int VerificationCount { get; set; }

    public int RootCauseCount { get; set; }

    public int CompetencyHits { get; set; }

    public List<Evidence> IEvidence { get; } = [];

    public List<Evidence> WeEvidence { get; } = [];

    public List<Evidence> ScopeEvidence { get; } = [];

    public List<Evidence> InitiativeEvidence { get; } = [];

    public List<Evidence> AssignmentEvidence { get; } = [];

    public List<Evidence> HandOffEvidence { get; } = [];

    public List<Evidence> BlameEvidence { get; } = [];

    public List<Evidence> QuantityEvidence { get; } = [];

    public List<Evidence> DeltaEvidence { get; } = [];

    public List<Evidence> BusinessEvidence { get; } = [];

    public List<Evidence> SecondOrderEvidence { get; } = [];

    public List<Evidence> VagueEvidence { get; } = [];

    public List<Evidence> VerificationEvidence { get; } = [];

    public List<Evidence> RootCauseEvidence { get; } = [];

    public List<Evidence> AssumptionEvidence { get; } = [];

    public List<Evidence> ReflectionEvidence { get; } = [];

    public List<Evidence> GenericEvidence { get; } = [];

    public List<Evidence> SystemicEvidence { get; } = [];

    public List<Evidence> TradeOffEvidence { get; } = [];

    public List<Evidence> CompetencyEvidence { get; } = [];
}

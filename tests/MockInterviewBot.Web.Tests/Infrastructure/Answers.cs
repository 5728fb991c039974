namespace MockInterviewBot.Web.Tests.Infrastructure;

/// <summary>Answers typed in the tests.</summary>
public static class Answers
{
    /// <summary>A STAR answer long enough to be submitted at once (over 120 words).</summary>
    public const string Strong =
        "Situation: our checkout service double-charged customers during a retry storm, and about forty orders a day were affected. " +
        "Task: nobody owned the payment client and there was no ticket, so I took it on myself even though it was not my team. " +
        "Action: I pulled the logs, traced the retries to a missing idempotency key, wrote the fix and tested it against a replay of a full day of traffic. " +
        "I reproduced the bug first, then I added monitoring on duplicate charges so we would see it if it came back, and I walked the team through the change. " +
        "Result: duplicate charges went from 40 a day to zero within a week, and refunds dropped by 12 percent that quarter. " +
        "Other teams adopted the idempotency check as a standard for every client. " +
        "Reflection: I learned to add idempotency checks to every client I own and to look for the systemic cause, not just the symptom.";

    /// <summary>A complete but improvable answer (team-heavy, no numbers): the engine follows up with a probe.</summary>
    public const string Medium =
        "Situation: our checkout service was double-charging some customers during a retry storm last spring. " +
        "Task: I was asked to help the team look into it because the payments team was busy. " +
        "Action: we looked at the logs together, we found that the retries were missing an idempotency key, and we wrote a fix. " +
        "I pulled the logs and we traced the retries, then we deployed the fix on a Friday. " +
        "Result: things got better after the fix and the team was happy with how it went. " +
        "Reflection: I learned that communication is important and that we should work together on incidents like this.";

    /// <summary>A short answer to a follow-up probe.</summary>
    public const string ProbeAnswer =
        "I did it on my own initiative: I noticed the duplicate charges in the refund report, reproduced them locally, and measured the fix with a dashboard I built that tracked duplicates per hour for two weeks.";
}

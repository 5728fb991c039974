namespace MockInterviewBot.Scoring.Tests.Support;

/// <summary>Answers from the seed walkthrough (test fixture data).</summary>
internal static class SeedText
{
    public const string Question = "Tell me about a time you taught yourself a skill to solve a problem.";

    public const string StrongSenior =
        "While working as an SDE2, I noticed a 0.3% webhook drop rate in the Platform team's payment notification service. This service was not my team’s responsibility, no ticket existed, and nobody had asked me to investigate.\n" +
        "My task was to independently investigate and fix the webhook drop issue in a service that was not my team’s responsibility, with no ticket or request from others.\n" +
        "I pulled the webhook delivery logs to analyze failure patterns. I traced the root cause to missing retry logic in edge cases. I reproduced the failure locally to confirm the fix. I independently learned the webhook system internals and cross-team alerting mechanisms. I wrote a minimal fix adding retry and dead letter queue alerts. I submitted a ready-to-merge PR to the Platform team and coordinated the rollout.\n" +
        "The webhook drop rate dropped from 0.3% to zero. This fix recovered an estimated $8K per week in lost payment notifications. The Platform team adopted my dead letter queue alert pattern as a standard in their webhook templates, improving overall system reliability.\n" +
        "I realized the real root cause was the lack of a shared webhook reliability SLO across teams, creating zero shared visibility into payment health - an organizational gap beyond code.";

    public const string Weak =
        "I noticed the webhook was dropping sometimes, so I told the Platform team about it. They fixed it after a few weeks. I learned that communication is important when working with other teams.";
}

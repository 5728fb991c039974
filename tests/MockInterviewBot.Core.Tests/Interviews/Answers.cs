namespace MockInterviewBot.Core.Tests.Interviews;

/// <summary>Sample answers with known signals.</summary>
internal static class Answers
{
    /// <summary>Owned, verified, reflective, but not a single number.</summary>
    public const string NoNumbersPart1 =
        "While I was on the billing team I noticed that some refund emails were silently failing in the notification service. " +
        "It was not my team and nobody asked me to look at it, but customers kept writing in.";

    public const string NoNumbersPart2 =
        "I pulled the delivery logs and I traced the failures to a retry bug in the mail worker. I reproduced the failure locally, " +
        "I wrote a small fix with an alert, and I reviewed the rollout with their lead. In the end the emails went out reliably and things got better. " +
        "I learned to check delivery paths end to end before trusting them.";

    /// <summary>Strong: numbers, scope, verification, reflection.</summary>
    public const string Strong =
        "While I was on the billing team I noticed 2% of refund emails were silently failing. It was not my team and there was no ticket, nobody asked me. " +
        "I pulled the logs, I traced the failures to a retry bug, I reproduced it locally and I wrote a fix with an alert. " +
        "Failures dropped from 2% to zero and support tickets fell by 40 a week. I learned that no team owned delivery end to end, an organizational gap.";
}

namespace MockInterviewBot.Core.Interviews;

/// <summary>The engine's step names, stored in <see cref="InterviewSession.Step"/>.</summary>
public static class Steps
{
    /// <summary>Collecting the main answer of the current question.</summary>
    public const string Answering = "answering";

    /// <summary>Collecting the answer to the last probe of the current question.</summary>
    public const string Probing = "probing";

    /// <summary>Drill: collecting the current STAR section.</summary>
    public const string Drilling = "drilling";

    /// <summary>Learn: showing walkthrough step <see cref="InterviewSession.LearnStep"/>.</summary>
    public const string Learning = "learning";

    /// <summary>Quiz: waiting for a choice on the first unanswered round.</summary>
    public const string Quizzing = "quizzing";

    /// <summary>Feedback given; Next question, Retry or End.</summary>
    public const string Reviewed = "reviewed";

    /// <summary>Nothing left to do (mock round, learn walk-through and quiz finished).</summary>
    public const string Finished = "finished";
}

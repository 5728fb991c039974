namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>What a person asked for, whatever way they asked (word, slash-command argument, button).</summary>
public enum CommandVerb
{
    /// <summary>Not a command: free text (an answer, a quiz choice).</summary>
    None,
    Menu,
    Start,
    Done,
    Hint,
    Skip,
    Repeat,
    Example,
    Next,
    Retry,
    End,
    Status,
    History,
    Settings,
    Forget,
    ForgetConfirm,
    Help,
    AnswerToo,
    QuizChoice,
    Pick,
}

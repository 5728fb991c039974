using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Web.Playground;

/// <summary>The choices the start form offers: exactly the engine's vocabulary.</summary>
internal static class PlaygroundOptions
{
    public static PlaygroundOptionsView Build(InterviewOptions options) => new(
        Vocabulary.Modes.Select(m => new OptionView(Vocabulary.ModeWord(m), ModeLabel(m))).ToArray(),
        Frameworks.All.Select(f => new FrameworkView(
            f,
            Vocabulary.FrameworkName(f),
            Competencies.ForFramework(f).Select(c => new OptionView(c.Id, c.Name)).ToArray())).ToArray(),
        Vocabulary.Levels.Select(l => new OptionView(Vocabulary.LevelWord(l), Vocabulary.LevelName(l))).ToArray(),
        Competencies.Roles.Select(r => new OptionView(r, r)).ToArray(),
        options.MaxMessageChars,
        options.MinAnswerWords);

    private static string ModeLabel(InterviewMode mode) => mode switch
    {
        InterviewMode.Practice => "Practice — one question with follow-ups",
        InterviewMode.Mock => "Mock — a round of questions",
        InterviewMode.Drill => "Drill — STAR section by section",
        InterviewMode.Learn => "Learn — walk through a strong answer",
        _ => "Quiz — multiple choice",
    };
}

using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>
/// The start menu: pick-one menus for mode, framework, competency and level, and a Start button. It is stateless:
/// every choice's value is the whole selection so far as start arguments, so the next menu carries it forward.
/// </summary>
public static class StartMenu
{
    public static Reply Build(StartRequest selection, UserSettings settings)
    {
        var reply = new ReplyBuilder(ReplyPurpose.Menu)
            .Header("Start a mock interview")
            .Text("Pick a mode, framework, competency and level, then press Start. Or type it, e.g. `start mock amazon ownership senior`.");
        var chosen = selection.ToArgs();
        if (chosen.Length > 0)
        {
            reply.Context($"Selected: {chosen}");
        }

        reply.Add(new ChoiceBlock(ActionIds.PickMode, "Mode",
            Vocabulary.Modes.Select(m => new Choice(ModeLabel(m), (selection with { Mode = m }).ToArgs())).ToArray()));
        reply.Add(new ChoiceBlock(ActionIds.PickFramework, "Framework",
            Frameworks.All.Select(f => new Choice(Vocabulary.FrameworkName(f), (selection with { Framework = f, Competency = null }).ToArgs())).ToArray()));
        var framework = selection.Framework ?? settings.Framework ?? Frameworks.General;
        reply.Add(new ChoiceBlock(ActionIds.PickCompetency, "Competency",
            Competencies.ForFramework(framework).Take(25)
                .Select(c => new Choice(c.Name, (selection with { Framework = framework, Competency = c.Id }).ToArgs())).ToArray()));
        reply.Add(new ChoiceBlock(ActionIds.PickLevel, "Level",
            Vocabulary.Levels.Select(l => new Choice(Vocabulary.LevelName(l), (selection with { Level = l }).ToArgs())).ToArray()));
        reply.Buttons(
            new Button("Start", ActionIds.Start, chosen.Length == 0 ? "practice" : chosen, ButtonStyle.Primary),
            new Button("Help", ActionIds.Start, "help"));
        return reply.Build();
    }

    private static string ModeLabel(InterviewMode mode) => mode switch
    {
        InterviewMode.Practice => "Practice: one question with follow-ups",
        InterviewMode.Mock => "Mock: a round of questions",
        InterviewMode.Drill => "Drill: STAR section by section",
        InterviewMode.Learn => "Learn: walk through a strong answer",
        _ => "Quiz: multiple choice",
    };
}

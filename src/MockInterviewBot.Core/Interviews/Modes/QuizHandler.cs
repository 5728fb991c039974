using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>
/// Quiz ("test this pattern"): InterviewOptions.QuizItems multiple-choice items mixed across easy, medium and hard,
/// each answered with an explanation, then a final score.
/// </summary>
public sealed class QuizHandler(EngineServices services) : ModeHandler(services)
{
    private const string Letters = "ABCDEFGH";

    public override InterviewMode Mode => InterviewMode.Quiz;

    public override bool Begin(TurnContext ctx, StartContext start)
    {
        var session = ctx.Session;
        foreach (var (scenario, index) in SelectItems(start))
        {
            session.Quiz.Add(new QuizRound { ScenarioId = scenario.Id, ItemIndex = index });
        }

        if (session.Quiz.Count == 0)
        {
            return false;
        }

        session.Step = Steps.Quizzing;
        var about = start.Pattern is { } pattern ? $"the pattern of \"{pattern.Title}\"" : "behavioral interview patterns";
        ctx.Say(new ReplyBuilder(ReplyPurpose.Quiz)
            .Header("Quiz")
            .Text(string.Create(CultureInfo.InvariantCulture, $"{session.Quiz.Count} multiple-choice questions on {about}, mixed easy, medium and hard. Answer with the letter or press a button."))
            .Build());
        AskCurrent(ctx);
        return true;
    }

    public override void OnText(TurnContext ctx, string text)
    {
        var choice = ParseChoice(text);
        if (ctx.Session.Step != Steps.Quizzing || choice is null)
        {
            Help(ctx, null);
            return;
        }

        OnQuizChoice(ctx, choice.Value);
    }

    public override void OnQuizChoice(TurnContext ctx, int choice)
    {
        var session = ctx.Session;
        var round = session.Quiz.Find(r => r.Chosen is null);
        if (session.Step != Steps.Quizzing || round is null || ItemOf(round) is not { } item)
        {
            Help(ctx, null);
            return;
        }

        if (choice < 0 || choice >= item.Choices.Count)
        {
            ctx.Say(new ReplyBuilder(ReplyPurpose.Quiz).Text($"Pick one of {ChoiceRange(item)}.").Build());
            return;
        }

        round.Chosen = choice;
        round.Correct = choice == item.Answer;
        var verdict = round.Correct == true
            ? "**Correct.**"
            : $"**Not quite.** The answer is {Letters[item.Answer]}) {item.Choices[item.Answer]}.";
        ctx.Say(new ReplyBuilder(ReplyPurpose.Quiz).Text(verdict).Text($"Why: {item.Explanation}").Build());
        AdvanceOrFinish(ctx);
    }

    public override void OnSkip(TurnContext ctx)
    {
        var round = ctx.Session.Quiz.Find(r => r.Chosen is null);
        if (ctx.Session.Step != Steps.Quizzing || round is null || ItemOf(round) is not { } item)
        {
            Help(ctx, "skip");
            return;
        }

        round.Chosen = -1;
        round.Correct = false;
        ctx.Say(new ReplyBuilder(ReplyPurpose.Quiz)
            .Text($"Skipped. The answer was {Letters[item.Answer]}) {item.Choices[item.Answer]}.")
            .Text($"Why: {item.Explanation}")
            .Build());
        AdvanceOrFinish(ctx);
    }

    public override void OnHint(TurnContext ctx)
    {
        var round = ctx.Session.Quiz.Find(r => r.Chosen is null);
        if (ctx.Session.Step != Steps.Quizzing || round is null || ItemOf(round) is not { } item)
        {
            Help(ctx, "hint");
            return;
        }

        var wrong = Enumerable.Range(0, item.Choices.Count).Last(i => i != item.Answer);
        ctx.Say(new ReplyBuilder(ReplyPurpose.Hint).Text($"Hint: it isn't {Letters[wrong]}.").Build());
    }

    public override void OnRepeat(TurnContext ctx)
    {
        if (ctx.Session.Step != Steps.Quizzing)
        {
            Help(ctx, "repeat");
            return;
        }

        AskCurrent(ctx);
    }

    public override void OnSubmit(TurnContext ctx) => Help(ctx, "done");

    public override string Describe(InterviewSession session)
    {
        if (session.Step != Steps.Quizzing)
        {
            return $"Your quiz is finished: {Score(session)}.";
        }

        var answered = session.Quiz.Count(r => r.Chosen is not null);
        return string.Create(CultureInfo.InvariantCulture, $"Quiz: question {answered + 1} of {session.Quiz.Count}.");
    }

    public override string NextSteps(InterviewSession session) => session.Step == Steps.Quizzing
        ? "Answer with a letter; or `hint`, `skip`, `repeat`, `end`."
        : "Say `start quiz` for another quiz.";

    private IEnumerable<(Scenario Scenario, int Index)> SelectItems(StartContext start)
    {
        var resolved = start.Start;
        var all = Services.Catalog.All;
        bool Matches(Scenario s) =>
            (resolved.Framework is null || s.Framework == resolved.Framework)
            && (resolved.Competency is null || s.Competencies.Contains(resolved.Competency, StringComparer.OrdinalIgnoreCase))
            && (resolved.Role is null || s.Roles.Count == 0 || s.Roles.Contains(resolved.Role, StringComparer.OrdinalIgnoreCase));

        // Pattern scenario first, then matching scenarios least-recently used first, then the rest of the bank.
        var ordered = all
            .OrderBy(s => start.Pattern is not null && s.Id == start.Pattern.Id ? 0 : Matches(s) ? 1 : 2)
            .ThenBy(s => start.LastUsed.TryGetValue(s.Id, out var at) ? at : DateTimeOffset.MinValue)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToArray();
        var pool = ordered.SelectMany(s => s.Quiz.Select((item, index) => (Scenario: s, Index: index, Item: item))).ToList();
        if (resolved.Difficulty is { } difficulty && pool.Exists(p => p.Item.Difficulty == difficulty))
        {
            pool = pool.Where(p => p.Item.Difficulty == difficulty).ToList();
        }

        // Mix the difficulties: easy, medium, hard, easy, … in pool order within each difficulty.
        var queues = Enum.GetValues<Difficulty>().Select(d => new Queue<(Scenario, int, QuizItem)>(pool.Where(p => p.Item.Difficulty == d))).ToArray();
        var taken = 0;
        while (taken < Services.Options.QuizItems && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues)
            {
                if (taken < Services.Options.QuizItems && queue.TryDequeue(out var next))
                {
                    taken++;
                    yield return (next.Item1, next.Item2);
                }
            }
        }
    }

    private void AskCurrent(TurnContext ctx)
    {
        var session = ctx.Session;
        var round = session.Quiz.Find(r => r.Chosen is null);
        if (round is null || ItemOf(round) is not { } item)
        {
            return;
        }

        var number = session.Quiz.IndexOf(round) + 1;
        var buttons = item.Choices.Select((_, i) => new Button(Letters[i].ToString(), ActionIds.QuizChoice, i.ToString(CultureInfo.InvariantCulture)))
            .Append(SessionButtons.Skip(session.Id));
        ctx.Say(new ReplyBuilder(ReplyPurpose.Quiz)
            .Text(string.Create(CultureInfo.InvariantCulture, $"**Question {number} of {session.Quiz.Count}** ({Commands.Vocabulary.DifficultyWord(item.Difficulty)}): {item.Question}"))
            .Bullets(item.Choices.Select((c, i) => $"{Letters[i]}) {c}"))
            .Buttons(buttons)
            .Build());
    }

    private void AdvanceOrFinish(TurnContext ctx)
    {
        var session = ctx.Session;
        // Rounds whose item vanished from the bank count as skipped.
        foreach (var stale in session.Quiz.Where(r => r.Chosen is null && ItemOf(r) is null))
        {
            stale.Chosen = -1;
            stale.Correct = false;
        }

        if (session.Quiz.Exists(r => r.Chosen is null))
        {
            AskCurrent(ctx);
            return;
        }

        session.Step = Steps.Finished;
        session.Status = SessionStatus.Completed;
        session.CompletedAt = ctx.Now;
        var byDifficulty = session.Quiz
            .Select(r => (Round: r, Item: ItemOf(r)))
            .Where(x => x.Item is not null)
            .GroupBy(x => x.Item!.Difficulty)
            .OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{Commands.Vocabulary.DifficultyWord(g.Key)} {g.Count(x => x.Round.Correct == true)}/{g.Count()}"));
        ctx.Say(new ReplyBuilder(ReplyPurpose.Summary)
            .Header("Quiz finished")
            .Text($"Your score: **{Score(session)}**.")
            .Context("By difficulty: " + string.Join(", ", byDifficulty) + ".")
            .Buttons(SessionButtons.Start("Quiz again", "quiz", ButtonStyle.Primary), SessionButtons.Start("Practice a question", "practice"))
            .Build());
    }

    private QuizItem? ItemOf(QuizRound round) =>
        Services.Catalog.Find(round.ScenarioId) is { } scenario && round.ItemIndex >= 0 && round.ItemIndex < scenario.Quiz.Count
            ? scenario.Quiz[round.ItemIndex]
            : null;

    private static string Score(InterviewSession session) =>
        string.Create(CultureInfo.InvariantCulture, $"{session.Quiz.Count(r => r.Correct == true)}/{session.Quiz.Count} correct");

    private static string ChoiceRange(QuizItem item) => $"A–{Letters[item.Choices.Count - 1]}";

    /// <summary>"b", "B)", "2" → 1.</summary>
    public static int? ParseChoice(string text)
    {
        var t = text.Trim().TrimEnd(')', '.', '!').Trim();
        if (t.Length == 1 && char.IsAsciiLetter(t[0]))
        {
            return char.ToUpperInvariant(t[0]) - 'A';
        }

        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n - 1 : null;
    }
}

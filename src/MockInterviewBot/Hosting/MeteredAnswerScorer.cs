using System.Diagnostics;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Hosting;

/// <summary>Times every scoring call and counts verdicts for /metrics; the scorecard passes through untouched.</summary>
internal sealed class MeteredAnswerScorer(IAnswerScorer inner) : IAnswerScorer
{
    public Scorecard Score(AnswerContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var card = inner.Score(context);
        BotMetrics.ScoringDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        BotMetrics.AnswersScored.Add(1, new KeyValuePair<string, object?>("verdict", card.Verdict.ToString()));
        return card;
    }
}

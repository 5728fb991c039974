using System.Globalization;
using System.Text;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Rendering;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>App Home (<c>app_home_opened</c> → <c>views.publish</c>): the person's recent sessions and averages.</summary>
internal sealed class SlackHomePublisher(SlackApiClient api, SlackInstallations installations, ISessionStore? sessions = null)
{
    private const int Recent = 10;

    public async Task PublishAsync(string team, string userId, CancellationToken cancellationToken)
    {
        var token = await installations.TokenForAsync(team, cancellationToken);
        if (token is null)
        {
            return;
        }

        var list = sessions is null
            ? []
            : await sessions.ListByUserAsync(new UserRef(Platforms.Slack, team, userId), 50, cancellationToken);
        await api.PublishHomeAsync(team, token, new ViewsPublishRequest(userId, new HomeView(Build(list))), cancellationToken);
    }

    public static IReadOnlyList<Block> Build(IReadOnlyList<InterviewSession> sessions)
    {
        var blocks = new List<Block>
        {
            new HeaderBlockKit(new PlainText("Your mock interview practice")),
            new SectionBlock { Text = new MrkdwnText("Type `/mock` in a channel for a group interview in a thread, or DM me `start` to practice alone. `/mock help` lists everything.") },
            new DividerBlockKit(),
        };

        var scored = sessions.SelectMany(s => s.Questions).Where(q => q.Scorecard is { Verdict: not Verdict.NotScored }).Select(q => q.Scorecard!).ToArray();
        if (sessions.Count == 0)
        {
            blocks.Add(new SectionBlock { Text = new MrkdwnText("No sessions yet. Your progress shows up here after your first answer.") });
            return blocks;
        }

        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"*Sessions:* {sessions.Count}  ·  *Answers scored:* {scored.Length}");
        if (scored.Length > 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $"  ·  *Average overall:* {scored.Average(s => s.Overall):0.#}");
            var byDimension = scored.SelectMany(s => s.Dimensions).GroupBy(d => d.Name).OrderBy(g => g.Key);
            summary.Append('\n');
            foreach (var dimension in byDimension)
            {
                var average = dimension.Average(d => d.Rating);
                summary.Append(CultureInfo.InvariantCulture, $"`{ScorecardRenderer.DimensionLabel(dimension.Key),-14}` {ScorecardRenderer.Bar((int)Math.Round(average))} {average:0.0}/4\n");
            }
        }

        blocks.AddRange(BlockKitRenderer.Sections(summary.ToString().TrimEnd()));
        blocks.Add(new DividerBlockKit());

        var recent = new StringBuilder("*Recent sessions*\n");
        foreach (var session in sessions.OrderByDescending(s => s.CreatedAt).Take(Recent))
        {
            var card = session.Questions.LastOrDefault(q => q.Scorecard is not null)?.Scorecard;
            var verdict = card is null ? session.Status.ToString().ToLowerInvariant() : ScorecardRenderer.VerdictLabel(card.Verdict);
            var epoch = session.CreatedAt.ToUnixTimeSeconds();
            var topic = Mrkdwn.Escape(session.Competency ?? session.Questions.FirstOrDefault()?.ScenarioId ?? session.Framework);
            recent.Append(CultureInfo.InvariantCulture, $"• <!date^{epoch}^{{date_short}}|{session.CreatedAt:yyyy-MM-dd}> — {session.Mode.ToString().ToLowerInvariant()} · {topic} · *{verdict}*\n");
        }

        blocks.AddRange(BlockKitRenderer.Sections(recent.ToString().TrimEnd()));
        return blocks;
    }
}

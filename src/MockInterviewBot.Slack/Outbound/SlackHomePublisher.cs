using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.History;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Rendering;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>
/// App Home (<c>app_home_opened</c> → <c>views.publish</c>): the person's progress, the same view as <c>/mock history</c>
/// (recent sessions with verdicts, per-dimension sparklines, the weakest dimension with a drill to copy). Buttons are
/// left out because presses in a Home tab carry no channel to answer in; the view says which commands to use instead.
/// </summary>
internal sealed class SlackHomePublisher(SlackApiClient api, SlackInstallations installations, ISessionStore? sessions = null, IScenarioCatalog? catalog = null)
{
    /// <summary>Slack's limit of blocks in a Home tab view.</summary>
    public const int MaxHomeBlocks = 100;

    public async Task PublishAsync(string team, string userId, CancellationToken cancellationToken)
    {
        var token = await installations.TokenForAsync(team, cancellationToken);
        if (token is null)
        {
            return;
        }

        var list = sessions is null
            ? []
            : await sessions.ListByUserAsync(new UserRef(Platforms.Slack, team, userId), HistoryCommand.TrendSessions, cancellationToken);
        await api.PublishHomeAsync(team, token, new ViewsPublishRequest(userId, new HomeView(Build(list, catalog))), cancellationToken);
    }

    public static IReadOnlyList<Block> Build(IReadOnlyList<InterviewSession> sessions, IScenarioCatalog? catalog = null)
    {
        var blocks = new List<Block>
        {
            new HeaderBlockKit(new PlainText("Your mock interview practice")),
            new SectionBlock { Text = new MrkdwnText("Type `/mock` in a channel for a group interview in a thread, or DM me `start` to practice alone. `/mock help` lists everything.") },
            new DividerBlockKit(),
        };

        var view = HistoryView.Build(sessions.OrderByDescending(s => s.CreatedAt).ToArray(), catalog, withButtons: false);
        blocks.AddRange(view.Blocks.Where(b => b is not ActionsBlock).SelectMany(BlockKitRenderer.RenderBlock));
        return blocks.Count <= MaxHomeBlocks ? blocks : blocks.Take(MaxHomeBlocks).ToArray();
    }
}

using MockInterviewBot.Slack.Json;

namespace MockInterviewBot.Slack.Rendering;

/// <summary>One Slack message: notification text plus blocks, within Block Kit's limits.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);

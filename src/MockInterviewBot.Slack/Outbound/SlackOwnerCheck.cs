using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Rendering;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>
/// A session's buttons act only for its owner: anyone else gets an ephemeral pointer to "Answer this too" and the
/// press never reaches the engine.
/// </summary>
internal sealed class SlackOwnerCheck(SlackInstallations installations, SlackReplySender sender, DispatcherFeeder feeder, ISessionStore? sessions = null)
{
    public async Task RunAsync(InboundEvent press, CancellationToken cancellationToken)
    {
        var key = press.Key;
        if (sessions is not null && press.ActionValue is { Length: > 0 } sessionId)
        {
            var session = await sessions.GetByIdAsync(new TenantRef(Platforms.Slack, key.Tenant), sessionId, cancellationToken);
            if (session is not null && session.Key.User != key.User)
            {
                var token = await installations.TokenForAsync(key.Tenant, cancellationToken);
                if (token is not null)
                {
                    var text = $"That button belongs to <@{session.Key.User}>'s interview. Press *Answer this too* on the question to start your own.";
                    await sender.PostAsync(key.Tenant, token, key, press.IsDirect ? Placement.Conversation : Placement.Ephemeral, [new SlackMessage(text, [])], cancellationToken);
                }

                return;
            }
        }

        await feeder.EnqueueAsync(press, sender.DeliverAsync, cancellationToken);
    }
}

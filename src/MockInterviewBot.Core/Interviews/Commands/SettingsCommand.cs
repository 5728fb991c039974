using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary><c>settings [level|framework|role|feedback] [value]</c>: shows or changes the person's defaults.</summary>
public sealed class SettingsCommand(IUserSettingsStore store)
{
    public async Task<Reply> HandleAsync(UserRef user, UserSettings current, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0)
        {
            return Show(current, null);
        }

        if (args.Count != 2)
        {
            return Error("Use `settings <level|framework|role|feedback> <value>`, e.g. `settings level senior`.");
        }

        var name = args[0].ToLowerInvariant();
        var value = args[1];
        UserSettings? updated = name switch
        {
            "level" => Vocabulary.TryLevel(value, out var level) ? current with { Level = level } : null,
            "framework" => Vocabulary.TryFramework(value, out var framework) ? current with { Framework = framework } : null,
            "role" => Vocabulary.TryRole(value, out var role) ? current with { Role = role } : null,
            "feedback" or "visibility" => ParseVisibility(value) is { } visibility ? current with { FeedbackVisibility = visibility } : null,
            _ => null,
        };
        if (updated is null)
        {
            return Error(name switch
            {
                "level" => $"`{value}` isn't a level. Use entry, mid or senior.",
                "framework" => $"`{value}` isn't a framework. Use amazon, meta, google or general.",
                "role" => $"`{value}` isn't a role. Use one of {string.Join(", ", Scenarios.Competencies.Roles)} (or pm, eng, ops, em…).",
                "feedback" or "visibility" => $"`{value}` isn't a feedback setting. Use private, thread or default.",
                _ => $"I don't have a setting called `{name}`. Settings: level, framework, role, feedback.",
            });
        }

        await store.SaveAsync(user, updated, cancellationToken);
        return Show(updated, $"Saved: {name} = {value.ToLowerInvariant()}.");
    }

    private static Reply Show(UserSettings settings, string? saved)
    {
        var reply = new ReplyBuilder(ReplyPurpose.Settings).Visibility(ReplyVisibility.Private);
        if (saved is not null)
        {
            reply.Text(saved);
        }

        return reply
            .Add(new FieldsBlock(
            [
                new Field("Level", settings.Level is { } l ? Vocabulary.LevelName(l) : "not set (mid)"),
                new Field("Framework", settings.Framework is { } f ? Vocabulary.FrameworkName(f) : "not set (any)"),
                new Field("Role", settings.Role ?? "not set (any)"),
                new Field("Feedback", settings.FeedbackVisibility switch
                {
                    FeedbackVisibility.Private => "private (only you see it)",
                    FeedbackVisibility.Thread => "in the thread",
                    _ => "platform default",
                }),
            ]))
            .Context("Change one with e.g. `settings level senior`, `settings framework amazon`, `settings role pm`, `settings feedback private`. `start` uses these as defaults.")
            .Build();
    }

    private static FeedbackVisibility? ParseVisibility(string value) => value.ToLowerInvariant() switch
    {
        "private" or "dm" or "me" => FeedbackVisibility.Private,
        "thread" or "public" or "channel" => FeedbackVisibility.Thread,
        "default" => FeedbackVisibility.Default,
        _ => null,
    };

    private static Reply Error(string text) =>
        new ReplyBuilder(ReplyPurpose.Settings).Visibility(ReplyVisibility.Private).Text(text).Build();
}

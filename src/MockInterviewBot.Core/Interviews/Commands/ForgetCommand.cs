using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary><c>forget</c>: asks to confirm, then deletes everything stored about the person and says what went.</summary>
public sealed class ForgetCommand(IUserDataEraser eraser)
{
    public static Reply Confirm() => new ReplyBuilder(ReplyPurpose.Settings)
        .Visibility(ReplyVisibility.Private)
        .Text("This deletes **everything** I have stored about you here: sessions, answers, scores, history and settings. It can't be undone.")
        .Context("Press the button or type `forget confirm` to go ahead.")
        .Buttons(new Button("Delete my data", ActionIds.ForgetConfirm, "confirm", ButtonStyle.Danger))
        .Build();

    public async Task<Reply> ForgetAsync(UserRef user, CancellationToken cancellationToken)
    {
        var report = await eraser.ForgetAsync(user, cancellationToken);
        var deleted = report.Deleted.Where(kv => kv.Value > 0)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value} {kv.Key}"))
            .ToArray();
        var text = deleted.Length == 0
            ? "Done. I had nothing stored about you."
            : $"Done. I deleted {string.Join(", ", deleted)}. Nothing about you is stored any more.";
        return new ReplyBuilder(ReplyPurpose.Settings).Visibility(ReplyVisibility.Private).Text(text).Build();
    }
}

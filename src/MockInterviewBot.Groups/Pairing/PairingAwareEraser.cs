using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Groups.Pairing;

/// <summary>
/// "forget" also clears peer-pairing data when it lives outside the durable stores (the in-memory pairing store);
/// the SQL eraser already covers the pairing tables in its own transaction, so this adds nothing there.
/// </summary>
public sealed class PairingAwareEraser(IUserDataEraser inner, IPairingStore pairing) : IUserDataEraser
{
    public async Task<ForgetReport> ForgetAsync(UserRef user, CancellationToken cancellationToken)
    {
        var report = await inner.ForgetAsync(user, cancellationToken);
        if (pairing is not InMemoryPairingStore || report.Deleted.ContainsKey("pairing"))
        {
            return report;
        }

        var removed = await pairing.ForgetAsync(user, cancellationToken);
        return new ForgetReport(new Dictionary<string, int>(report.Deleted, StringComparer.Ordinal) { ["pairing"] = removed });
    }
}

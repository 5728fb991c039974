using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    [StoreFact]
    public async Task SaveAsync_200SessionsTimes10TurnsOnTwoReplicas_NoLostUpdate()
    {
        const int Sessions = 200;
        const int TurnsPerReplica = 5;
        var replicas = new[] { Store, Backend.CreateStack() };
        var tenant = new TenantRef(Platforms.Slack, "T1");
        var ids = new string[Sessions];
        for (var i = 0; i < Sessions; i++)
        {
            var session = NewSession(Key(user: "U" + i, channel: "C" + (i % 7)));
            await Store.Sessions.SaveAsync(session, Ct);
            ids[i] = session.Id;
        }

        var conflicts = 0;
        var work = ids.SelectMany(id => replicas.Select((replica, r) => Task.Run(async () =>
        {
            for (var turn = 0; turn < TurnsPerReplica; turn++)
            {
                var messageId = $"r{r}-t{turn}";
                while (true)
                {
                    var current = (await replica.Sessions.GetByIdAsync(tenant, id, Ct))!;
                    AddTurn(current, messageId, "answer " + messageId, T0.AddMinutes(turn));
                    try
                    {
                        await replica.Sessions.SaveAsync(current, Ct);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        await Task.WhenAll(work).WaitAsync(TimeSpan.FromMinutes(3));

        var expected = replicas.SelectMany((_, r) => Enumerable.Range(0, TurnsPerReplica).Select(t => $"r{r}-t{t}")).Order().ToArray();
        foreach (var id in ids)
        {
            var stored = (await Store.Sessions.GetByIdAsync(tenant, id, Ct))!;
            Assert.Equal(expected, stored.Questions[0].Answer.Select(p => p.MessageId).Order());
            Assert.Equal(expected, stored.Transcript.Where(t => t.Speaker == Speaker.User).Select(t => t.MessageId!).Order());
            Assert.Equal(1 + (2 * expected.Length), stored.Transcript.Count);
            Assert.Equal(1 + expected.Length, stored.Version);
        }

        Assert.True(conflicts >= 0);
    }
}

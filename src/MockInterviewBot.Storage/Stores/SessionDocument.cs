using System.Text.Json;
using System.Text.Json.Nodes;
using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Storage.Stores;

/// <summary>
/// The stored session document: Core's <see cref="SessionJson"/> shape without the transcript (kept in
/// transcript_entries so retention and forget can remove it row by row) and without the version (a column).
/// </summary>
internal static class SessionDocument
{
    private const string TranscriptProperty = "transcript";
    private const string VersionProperty = "version";

    public static string Serialize(InterviewSession session)
    {
        var node = JsonSerializer.SerializeToNode(session, SessionJson.Options)!.AsObject();
        node.Remove(TranscriptProperty);
        node.Remove(VersionProperty);
        return node.ToJsonString(SessionJson.Options);
    }

    public static InterviewSession Deserialize(string document, long version, IEnumerable<TranscriptEntry> transcript)
    {
        var session = SessionJson.Deserialize(document);
        session.Version = version;
        session.Transcript.Clear();
        session.Transcript.AddRange(transcript);
        return session;
    }

    /// <summary>
    /// Removes the person's words from a finished session past retention: answer and probe-answer texts, drill
    /// texts and the quoted evidence in scorecards. Ratings, verdicts and structure stay for history.
    /// </summary>
    public static string Redact(string document)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        if (root["questions"] is JsonArray questions)
        {
            foreach (var question in questions.OfType<JsonObject>())
            {
                ClearArray(question, "answer");
                question.Remove("drillAnswers");
                if (question["probes"] is JsonArray probes)
                {
                    foreach (var probe in probes.OfType<JsonObject>())
                    {
                        ClearArray(probe, "answer");
                    }
                }

                if (question["scorecard"] is JsonObject scorecard)
                {
                    RedactScorecard(scorecard);
                }
            }
        }

        return root.ToJsonString(SessionJson.Options);
    }

    private static void RedactScorecard(JsonObject scorecard)
    {
        foreach (var listName in (string[])["dimensions", "probeEffects"])
        {
            if (scorecard[listName] is JsonArray items)
            {
                foreach (var item in items.OfType<JsonObject>())
                {
                    ClearArray(item, "evidence");
                }
            }
        }

        if (scorecard["redFlags"] is JsonArray flags)
        {
            foreach (var flag in flags.OfType<JsonObject>())
            {
                flag["text"] = "";
            }
        }
    }

    private static void ClearArray(JsonObject owner, string name)
    {
        if (owner.ContainsKey(name))
        {
            owner[name] = new JsonArray();
        }
    }
}

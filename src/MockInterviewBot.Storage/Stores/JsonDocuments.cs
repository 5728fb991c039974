using System.Text.Json;
using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Storage.Stores;

/// <summary>Small settings records are stored as JSON documents in the same shape (camelCase, enums as names) as sessions.</summary>
internal static class JsonDocuments
{
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, SessionJson.Options);

    public static T? Deserialize<T>(string? document)
        where T : class => document is null ? null : JsonSerializer.Deserialize<T>(document, SessionJson.Options);
}

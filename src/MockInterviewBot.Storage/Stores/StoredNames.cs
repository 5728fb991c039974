using System.Text.Json;

namespace MockInterviewBot.Storage.Stores;

/// <summary>Enum values as stored in columns: the same camelCase names the JSON documents use.</summary>
internal static class StoredNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: true);

    /// <summary>Null thread ids are stored as '' so they can take part in keys and equality filters.</summary>
    public static string Thread(string? thread) => thread ?? "";

    public static string? ThreadOrNull(string stored) => stored.Length == 0 ? null : stored;
}

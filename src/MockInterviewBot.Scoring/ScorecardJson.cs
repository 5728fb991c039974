using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MockInterviewBot.Scoring;

/// <summary>
/// The scorecard's JSON form (the <c>score --json</c> output and what storage keeps): camelCase properties,
/// verdicts as <c>StrongHire</c>, <c>Hire</c>, <c>LeaningNoHire</c>, <c>NoHire</c>, <c>NotScored</c>,
/// dimensions, sections and levels in camelCase (<c>competencyFit</c>), signals as an object of 13 booleans.
/// </summary>
public static class ScorecardJson
{
    public static JsonTypeInfo<Scorecard> TypeInfo => ScorecardJsonContext.Default.Scorecard;

    public static string Serialize(Scorecard scorecard, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonSerializer.Serialize(scorecard, indented ? ScorecardJsonContext.Indented.Scorecard : ScorecardJsonContext.Default.Scorecard);
    }

    public static Scorecard? Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ScorecardJsonContext.Default.Scorecard);
    }
}

internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

internal sealed class PascalCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(PascalCaseEnumConverter<Verdict>), typeof(CamelCaseEnumConverter<Dimension>), typeof(CamelCaseEnumConverter<StarSection>), typeof(CamelCaseEnumConverter<Level>)])]
[JsonSerializable(typeof(Scorecard))]
internal sealed partial class ScorecardJsonContext : JsonSerializerContext
{
    private static ScorecardJsonContext? _indented;

    public static ScorecardJsonContext Indented => _indented ??= new ScorecardJsonContext(new JsonSerializerOptions(Default.Options) { WriteIndented = true });
}

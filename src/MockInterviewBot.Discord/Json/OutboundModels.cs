namespace MockInterviewBot.Discord.Json;

public sealed record AllowedMentions
{
    /// <summary>Empty: never ping anyone (user text is echoed back).</summary>
    public IReadOnlyList<string> Parse { get; init; } = [];

    public static AllowedMentions None { get; } = new();
}

public sealed record EmbedFooter
{
    public required string Text { get; init; }
}

public sealed record EmbedField
{
    public required string Name { get; init; }
    public required string Value { get; init; }
    public bool Inline { get; init; }
}

public sealed record EmbedPayload
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public int? Color { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
    public EmbedFooter? Footer { get; init; }
    public string? Timestamp { get; init; }
}

public sealed record SelectOption
{
    public required string Label { get; init; }
    public required string Value { get; init; }
    public string? Description { get; init; }
}

/// <summary>An action row (type 1), button (type 2) or string select (type 3).</summary>
public sealed record ComponentPayload
{
    public int Type { get; init; }
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public string? Placeholder { get; init; }
    public IReadOnlyList<SelectOption>? Options { get; init; }
    public IReadOnlyList<ComponentPayload>? Components { get; init; }
}

/// <summary>Body of create message, interaction callback data, follow-ups and edits.</summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }
    public IReadOnlyList<EmbedPayload>? Embeds { get; init; }
    public IReadOnlyList<ComponentPayload>? Components { get; init; }
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
    public int? Flags { get; init; }
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
}

public sealed record InteractionCallback
{
    public int Type { get; init; }
    public MessagePayload? Data { get; init; }
}

public sealed record AutocompleteChoice
{
    public required string Name { get; init; }
    public required string Value { get; init; }
}

public sealed record AutocompleteCallback
{
    public int Type { get; init; } = 8;
    public required AutocompleteData Data { get; init; }
}

public sealed record AutocompleteData
{
    public required IReadOnlyList<AutocompleteChoice> Choices { get; init; }
}

public sealed record CreateDmRequest
{
    public required string RecipientId { get; init; }
}

public sealed record StartThreadRequest
{
    public required string Name { get; init; }
    public int Type { get; init; } = 11;
    public int AutoArchiveDuration { get; init; } = 1440;
}

public sealed record CommandChoice
{
    public required string Name { get; init; }
    public required string Value { get; init; }
}

public sealed record CommandOption
{
    public int Type { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public bool? Required { get; init; }
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
    public IReadOnlyList<CommandOption>? Options { get; init; }
    public bool? Autocomplete { get; init; }
    public int? MaxLength { get; init; }
}

public sealed record ApplicationCommand
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public int Type { get; init; } = 1;
    public required string Description { get; init; }
    public IReadOnlyList<CommandOption>? Options { get; init; }
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
    public IReadOnlyList<int>? Contexts { get; init; }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MockInterviewBot.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    private static OptionsValidationException? Validate(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return ex;
        }
    }

    [Fact]
    public void Validate_NoSettings_DefaultsToSqliteInDataDirectory()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddStorage(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(StorageProvider.Sqlite, options.ProviderKind);
        Assert.Equal("./data", options.DataDirectory);
        Assert.Equal(0, options.RetentionDays);
    }

    [Fact]
    public void Validate_UnknownProvider_NamesProviderKey()
    {
        var error = Validate(new() { ["Storage:Provider"] = "Mongo" });

        Assert.NotNull(error);
        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mongo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_NamesConnectionStringKey()
    {
        var error = Validate(new() { ["Storage:Provider"] = "Postgres" });

        Assert.NotNull(error);
        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedConnectionString_NamesKeyWithoutEchoingValue()
    {
        var error = Validate(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=db;Password=hunter2;=oops" });

        Assert.NotNull(error);
        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeRetention_NamesRetentionKey()
    {
        var error = Validate(new() { ["Storage:RetentionDays"] = "-3" });

        Assert.NotNull(error);
        Assert.Contains("Storage:RetentionDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProviderNameInAnyCase_Accepted()
    {
        var error = Validate(new() { ["Storage:Provider"] = "POSTGRES", ["Storage:ConnectionString"] = "Host=127.0.0.1;Username=u;Password=p;Database=d" });

        Assert.Null(error);
    }
}

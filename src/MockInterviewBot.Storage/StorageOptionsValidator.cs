using System.Data.Common;
using Microsoft.Extensions.Options;

namespace MockInterviewBot.Storage;

/// <summary>Start-up validation of <see cref="StorageOptions"/>; every failure names the configuration key.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var provider = options.Provider?.Trim() ?? "";
        var known = Enum.TryParse<StorageProvider>(provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(provider, out _);
        if (!known)
        {
            failures.Add($"Storage:Provider must be 'Sqlite' or 'Postgres' (got '{provider}').");
        }

        if (known && kind == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Storage:ConnectionString is required when Storage:Provider is Postgres (env var Storage__ConnectionString).");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString) && !IsWellFormed(options.ConnectionString))
        {
            // Never echo the value: it may hold a password.
            failures.Add("Storage:ConnectionString is not a valid connection string (expected key=value pairs separated by ';').");
        }

        if ((!known || kind == StorageProvider.Sqlite) && string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Storage:DataDirectory must not be empty when Storage:Provider is Sqlite.");
        }

        if (options.RetentionDays < 0)
        {
            failures.Add($"Storage:RetentionDays must be 0 (keep) or a positive number of days (got {options.RetentionDays}).");
        }

        if (options.BusyTimeout <= TimeSpan.Zero)
        {
            failures.Add("Storage:BusyTimeout must be positive.");
        }

        if (options.RetentionInterval <= TimeSpan.Zero)
        {
            failures.Add("Storage:RetentionInterval must be positive.");
        }

        if (options.ProcessedEventRetention <= TimeSpan.Zero)
        {
            failures.Add("Storage:ProcessedEventRetention must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsWellFormed(string connectionString)
    {
        try
        {
            _ = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Hosting;

/// <summary>Turns start-up failures caused by configuration or content into one clear message (no stack trace).</summary>
internal static class StartupErrors
{
    public static bool IsConfigurationError(Exception ex) =>
        Unwrap(ex) is OptionsValidationException or ContentValidationException or InvalidOperationException
        || (ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(e => e is OptionsValidationException));

    public static string Describe(Exception ex) => Unwrap(ex) switch
    {
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is OptionsValidationException) =>
            "Configuration error:" + Environment.NewLine + string.Join(Environment.NewLine,
                aggregate.Flatten().InnerExceptions.Cast<OptionsValidationException>().SelectMany(o => o.Failures).Select(f => "  " + f)),
        OptionsValidationException options => "Configuration error:" + Environment.NewLine + string.Join(Environment.NewLine, options.Failures.Select(f => "  " + f)),
        ContentValidationException content => "Scenario or rubric files are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, content.Errors.Select(e => "  " + e)),
        var other => "Start-up failed: " + other.Message,
    };

    private static Exception Unwrap(Exception ex)
    {
        while (ex is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            ex = aggregate.InnerExceptions[0];
        }

        return ex;
    }
}

using System.CommandLine;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Hosting;
using MockInterviewBot.Scoring;
using MockInterviewBot.Terminal;

namespace MockInterviewBot.Cli;

/// <summary>The command line: no verb runs the bot; verbs run one task and exit.</summary>
internal static class CliApp
{
    public static RootCommand BuildRootCommand(string[] args)
    {
        var root = new RootCommand(
            "MockInterviewBot — behavioral mock interviews on Slack, Discord, the terminal and the web.\n" +
            "With no verb it runs the bot (configure it with appsettings.json or environment variables).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((_, _) => BotHost.RunAsync(args));
        root.Subcommands.Add(PracticeCommand());
        root.Subcommands.Add(ValidateScenariosCommand());
        root.Subcommands.Add(ScoreCommand());
        root.Subcommands.Add(HealthCheckCommand());
        return root;
    }

    private static Command PracticeCommand()
    {
        var mode = new Option<string?>("--mode") { Description = "practice (default), mock, drill, learn or quiz" };
        var framework = new Option<string?>("--framework") { Description = "amazon, meta, google or general" };
        var competency = new Option<string?>("--competency") { Description = "a competency id, e.g. ownership, learn-and-be-curious, conflict" };
        var level = new Option<string?>("--level") { Description = "entry, mid or senior" };
        var scenario = new Option<string?>("--scenario") { Description = "a scenario id (see scenarios/)" };
        var role = new Option<string?>("--role") { Description = "engineering, product (pm), data, operations, support, design or management" };
        var command = new Command("practice",
            "A full interview in the terminal. Each line is a message: type your answer over one or more lines, " +
            "then 'done' to submit; 'hint', 'skip', 'repeat', 'example', 'status', 'help' work as in chat; 'end' quits. " +
            "Works with piped input; end of input ends cleanly.")
        {
            mode, framework, competency, level, scenario, role,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var arguments = new PracticeArguments(parse.GetValue(mode), parse.GetValue(framework), parse.GetValue(competency),
                parse.GetValue(level), parse.GetValue(scenario), parse.GetValue(role));
            return await CliServices.RunAsync(async services =>
            {
                if (PracticeVerb.Validate(arguments, services.GetRequiredService<IScenarioCatalog>()) is { } problem)
                {
                    await Console.Error.WriteLineAsync(problem);
                    return 2;
                }

                var verb = new PracticeVerb(services.GetRequiredService<IInterviewEngine>(), services.GetRequiredService<TimeProvider>());
                return await verb.RunAsync(arguments, Console.In, Console.Out,
                    useColor: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null, cancellationToken);
            });
        });
        return command;
    }

    private static Command ValidateScenariosCommand()
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "the scenarios folder (default: scenarios)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "scenarios",
        };
        var command = new Command("validate-scenarios", "Checks every scenario and rubric file; prints every error as file:line: field: problem. Exit 1 on any error.")
        {
            directory,
        };
        command.SetAction(parse => ValidateScenariosVerb.Run(parse.GetValue(directory) ?? "scenarios", Console.Out, Console.Error));
        return command;
    }

    private static Command HealthCheckCommand()
    {
        var url = new Option<string>("--url")
        {
            Description = "the address to check",
            DefaultValueFactory = _ => "http://127.0.0.1:8080/healthz",
        };
        var command = new Command("healthcheck", "Checks that a running bot answers /healthz (used by the container HEALTHCHECK). Exit 0 when healthy.")
        {
            url,
        };
        command.SetAction((parse, cancellationToken) => HealthCheckVerb.RunAsync(parse.GetValue(url)!, Console.Error, cancellationToken));
        return command;
    }

    private static Command ScoreCommand()
    {
        var scenario = new Option<string?>("--scenario") { Description = "score against this scenario's sections, key phrases and competencies" };
        var question = new Option<string?>("--question") { Description = "the question text, when there is no scenario" };
        var level = new Option<string?>("--level") { Description = "entry, mid (default) or senior" };
        var framework = new Option<string?>("--framework") { Description = "amazon, meta, google or general: selects the rubric" };
        var json = new Option<bool>("--json") { Description = "print the scorecard as JSON" };
        var command = new Command("score", "Reads an answer from stdin and prints its scorecard. Exit 0 when scored (also 'not scored'), 2 for unusable input.")
        {
            scenario, question, level, framework, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var arguments = new ScoreVerbArguments(parse.GetValue(scenario), parse.GetValue(question), parse.GetValue(level), parse.GetValue(framework), parse.GetValue(json));
            return await CliServices.RunAsync(services => ScoreVerb.RunAsync(arguments, Console.In, Console.Out, Console.Error,
                services.GetRequiredService<IAnswerScorer>(), services.GetRequiredService<IScenarioCatalog>(), cancellationToken));
        });
        return command;
    }
}

/// <summary>Services for the one-shot verbs: configuration, content, scoring and the engine over in-memory stores.</summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddSecretFiles()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddInterviewCore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    /// <summary>
    /// Builds the services and runs the verb. Configuration and content errors (a bad setting, a missing <c>*_FILE</c>,
    /// an invalid scenario) end it with one clear message and exit code 1, never a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(Func<ServiceProvider, Task<int>> run)
    {
        try
        {
            using var services = Build();
            return await run(services);
        }
        catch (Exception ex) when (StartupErrors.IsConfigurationError(ex))
        {
            await Console.Error.WriteLineAsync(StartupErrors.Describe(ex));
            return 1;
        }
    }
}

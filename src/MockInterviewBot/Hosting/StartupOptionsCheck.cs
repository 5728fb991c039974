using System.Reflection;
using Microsoft.Extensions.Options;

namespace MockInterviewBot.Hosting;

/// <summary>
/// Reads every validated options section once before the host starts and reports all problems together: validator
/// failures and values the configuration binder cannot convert (<c>Interview__MaxProbes=lots</c>), each naming its key.
/// </summary>
internal static class StartupOptionsCheck
{
    /// <summary>The options types that have at least one <see cref="IValidateOptions{TOptions}"/> registered.</summary>
    public static IReadOnlyList<Type> ValidatedTypes(IServiceCollection services) =>
        services.Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct()
            .ToList();

    /// <summary>Throws an <see cref="AggregateException"/> of <see cref="OptionsValidationException"/>s when any section is invalid.</summary>
    public static void Run(IServiceProvider services, IEnumerable<Type> optionsTypes)
    {
        var problems = new List<OptionsValidationException>();
        foreach (var type in optionsTypes)
        {
            var factoryType = typeof(IOptionsFactory<>).MakeGenericType(type);
            var factory = services.GetRequiredService(factoryType);
            try
            {
                factoryType.GetMethod(nameof(IOptionsFactory<object>.Create))!.Invoke(factory, [Options.DefaultName]);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is OptionsValidationException invalid)
            {
                problems.Add(invalid);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is InvalidOperationException unconvertible)
            {
                // The binder's message names the key, the value and the expected type.
                problems.Add(new OptionsValidationException(Options.DefaultName, type, [unconvertible.Message]));
            }
        }

        if (problems.Count > 0)
        {
            throw new AggregateException(problems);
        }
    }
}

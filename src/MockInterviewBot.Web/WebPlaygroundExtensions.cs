using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Web.Admin;
using MockInterviewBot.Web.Hosting;
using MockInterviewBot.Web.Playground;

namespace MockInterviewBot.Web;

public static class WebPlaygroundExtensions
{
    /// <summary>
    /// Registers the playground and admin services: <see cref="AdminOptions"/> from the "Admin" section, the recent
    /// errors logger provider, and the admin figures query (the session store's, unless storage registered its own).
    /// Expects from the host: TimeProvider, IInterviewEngine, ISessionStore, IScenarioCatalog, InterviewOptions
    /// (instance or IOptions), and optionally ScenarioLoadResult.
    /// </summary>
    public static IServiceCollection AddWebPlayground(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<StaticAssets>();
        services.TryAddSingleton<RecentErrorLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, RecentErrorsLoggerProvider>());
        services.TryAddSingleton<IAdminStatsQuery>(sp =>
            sp.GetRequiredService<ISessionStore>() as IAdminStatsQuery
            ?? sp.GetService<InMemoryStore>()
            ?? throw new InvalidOperationException("No IAdminStatsQuery is registered and the session store does not provide one."));
        services.TryAddSingleton(sp => new PlaygroundService(
            sp.GetRequiredService<IInterviewEngine>(),
            sp.GetRequiredService<ISessionStore>(),
            InterviewOptionsOf(sp),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PlaygroundService>>()));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<AdminService>(sp, InterviewOptionsOf(sp)));
        return services;
    }

    /// <summary>
    /// Maps <c>/</c> (playground), <c>/admin</c> (admin page, 404 without <c>Admin:Token</c>), <c>/assets/*</c>,
    /// <c>/api/playground/*</c> and <c>/api/admin/*</c>.
    /// </summary>
    public static RouteGroupBuilder MapWebPlayground(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty);
        group.AddEndpointFilter(SecurityHeaders.FilterAsync);

        group.MapGet("/", (HttpContext context, StaticAssets assets) => Page(context, assets, "index.html"));
        group.MapGet("/admin", (HttpContext context, StaticAssets assets) =>
            AdminAuth.Enabled(context) ? Page(context, assets, "admin.html") : NotFoundPage());
        group.MapGet("/assets/{name}", (HttpContext context, StaticAssets assets, string name, string? v) =>
        {
            var asset = name.EndsWith(".html", StringComparison.Ordinal) ? null : assets.Find(name);
            if (asset is null)
            {
                return NotFoundPage();
            }

            var cache = string.Equals(v, assets.Version, StringComparison.Ordinal) ? AssetResults.VersionedCache : AssetResults.UnversionedCache;
            return AssetResults.Send(context, asset, cache);
        });

        PlaygroundEndpoints.Map(group);
        AdminEndpoints.Map(group);
        return group;
    }

    /// <summary>A 404 with a short body, so a browser shows a message rather than its own error page.</summary>
    private static IResult NotFoundPage() =>
        Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static IResult Page(HttpContext context, StaticAssets assets, string name) =>
        AssetResults.Send(context, assets.Find(name) ?? throw new InvalidOperationException($"Embedded page '{name}' is missing."), AssetResults.PageCache);

    private static InterviewOptions InterviewOptionsOf(IServiceProvider services) =>
        services.GetService<InterviewOptions>() ?? services.GetService<IOptions<InterviewOptions>>()?.Value ?? new InterviewOptions();
}

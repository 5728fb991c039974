using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MockInterviewBot.Web.Admin;

/// <summary>
/// The admin gate: no token configured → 404 (the page is off, never open); otherwise a matching
/// <c>Authorization: Bearer</c> token, compared in constant time, or 401.
/// </summary>
internal static class AdminAuth
{
    public static bool Enabled(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<AdminOptions>>().CurrentValue.Enabled;

    public static bool Authorized(HttpContext context)
    {
        var expected = context.RequestServices.GetRequiredService<IOptionsMonitor<AdminOptions>>().CurrentValue.Token;
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Matches(header[scheme.Length..].Trim(), expected);
    }

    /// <summary>Hashes both sides first so the comparison takes the same time whatever their lengths.</summary>
    internal static bool Matches(string presented, string expected)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return false;
        }

        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    /// <summary>Endpoint filter for /api/admin/*.</summary>
    public static async ValueTask<object?> RequireTokenAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Enabled(http))
        {
            return Results.NotFound();
        }

        if (!Authorized(http))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(title: "Admin token required", detail: "Send the admin token as 'Authorization: Bearer <token>'.", statusCode: StatusCodes.Status401Unauthorized);
        }

        http.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}

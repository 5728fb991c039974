using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MockInterviewBot.Web.Admin;

/// <summary>The admin JSON API under /api/admin, behind <see cref="AdminAuth"/>.</summary>
internal static class AdminEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        var api = group.MapGroup("/api/admin").AddEndpointFilter(AdminAuth.RequireTokenAsync);
        api.MapGet("/overview", OverviewAsync);
    }

    private static async Task<IResult> OverviewAsync(string? tenant, int? days, AdminService admin, CancellationToken cancellationToken)
    {
        if (!AdminService.TryParseTenant(tenant, out var tenantRef))
        {
            return Problems.BadRequest("Invalid tenant", "tenant must look like 'platform:tenant', for example 'slack:T012AB3C4'.");
        }

        var window = days ?? AdminService.DefaultDays;
        if (window is < 1 or > AdminService.MaxDays)
        {
            return Problems.BadRequest("Invalid days", $"days must be between 1 and {AdminService.MaxDays}.");
        }

        return Results.Json(await admin.OverviewAsync(tenantRef, window, cancellationToken), WebJson.Options);
    }
}

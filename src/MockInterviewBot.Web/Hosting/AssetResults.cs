using Microsoft.AspNetCore.Http;

namespace MockInterviewBot.Web.Hosting;

/// <summary>Sends an embedded asset with its content type, ETag and cache policy; answers 304 when the browser has it.</summary>
internal static class AssetResults
{
    /// <summary>Pages: always revalidate, so a new deployment is picked up at once.</summary>
    public const string PageCache = "no-cache";

    /// <summary>Versioned assets: the URL changes when the content does.</summary>
    public const string VersionedCache = "public, max-age=31536000, immutable";

    /// <summary>Assets asked for without the current version: short cache, revalidate.</summary>
    public const string UnversionedCache = "public, max-age=300, must-revalidate";

    public static IResult Send(HttpContext context, Asset asset, string cacheControl)
    {
        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = cacheControl;
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(t => string.Equals(t.Trim(), asset.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }
}

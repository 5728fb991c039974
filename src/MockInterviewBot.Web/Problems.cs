using Microsoft.AspNetCore.Http;

namespace MockInterviewBot.Web;

/// <summary>RFC 9457 problem responses with a clear title and detail for the page to show.</summary>
internal static class Problems
{
    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}

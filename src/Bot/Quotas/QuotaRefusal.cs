using System.Globalization;
using AfterSalesBot.Bot.DirectLine;

namespace AfterSalesBot.Bot.Quotas;

/// <summary>Why a conversation may not send this now, and when it may try again.</summary>
public sealed record QuotaRefusal(int StatusCode, string Code, string Reason, TimeSpan? RetryAfter)
{
    /// <summary>As a problem document (Bot Connector callers), with <c>Retry-After</c> in whole seconds when there is one.</summary>
    public IResult ToProblem(HttpResponse response)
    {
        SetRetryAfter(response);
        return TypedResults.Problem(Reason, statusCode: StatusCode, title: Code);
    }

    /// <summary>In Direct Line's error shape, which DirectLineJS and Web Chat understand.</summary>
    public IResult ToDirectLineError(HttpResponse response)
    {
        SetRetryAfter(response);
        return DirectLineErrors.Create(StatusCode, Code, Reason);
    }

    private void SetRetryAfter(HttpResponse response)
    {
        if (RetryAfter is { } wait)
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}

using System.Net;

namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>A Connector API call that ended with an error status, after any retries.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message, HttpStatusCode statusCode, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The channel's <c>error.code</c>, e.g. Teams' <c>MessageWritesBlocked</c>, when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>How long the channel asked us to wait (its Retry-After) on the last refusal, if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>404: the conversation is gone (or the bot was removed from it); re-sending cannot help.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>403 from Teams means the user blocked the bot; retrying or re-sending cannot help.</summary>
    public bool IsForbidden => StatusCode == HttpStatusCode.Forbidden;
}

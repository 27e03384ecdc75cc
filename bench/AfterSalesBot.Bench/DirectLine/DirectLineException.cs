using System.Net;

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>A Direct Line call answered with an unexpected status or body.</summary>
public sealed class DirectLineException(string message, HttpStatusCode? status = null) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;
}

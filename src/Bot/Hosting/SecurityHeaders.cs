namespace AfterSalesBot.Bot.Hosting;

public static class SecurityHeaders
{
    /// <summary><c>nosniff</c>, no referrer, framing by this origin only, and <see cref="ContentSecurityPolicy"/> unless the
    /// route set a stricter one (attachments).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "SAMEORIGIN";
        // Scripts only from this origin; routes with stricter needs (attachments) set their own.
        context.Response.OnStarting(() =>
        {
            if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        await next();
    });

    /// <summary>Web Chat injects its styles at run time (hence inline styles) and talks to Direct Line over
    /// HTTP and WebSocket on this origin. A file the customer attaches is read back from its <c>blob:</c> URL before
    /// the upload (<c>connect-src blob:</c>) and shrunk to a thumbnail in a worker Web Chat starts from a <c>blob:</c>
    /// URL (<c>worker-src blob:</c>); no other origin is added.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' ws: wss: blob:; worker-src blob:; media-src 'self' blob:; " +
        "frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";
}

using Microsoft.AspNetCore.Builder;

namespace AfterSalesBot.Escalation.Console;

public static class ConsoleMiddleware
{
    /// <summary>On console requests: the console's language (<see cref="ConsoleCulture.For"/>) as the request's culture,
    /// and <c>Cache-Control: no-store</c>. Place it after <c>UseAuthentication</c>: the signed-in account's language counts.</summary>
    public static IApplicationBuilder UseConsoleCulture(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/console"))
        {
            var culture = ConsoleCulture.For(context);
            System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            // Staff pages show customers' words and case details: never cached, never framed elsewhere.
            context.Response.Headers.CacheControl = "no-store";
        }
        await next();
    });
}

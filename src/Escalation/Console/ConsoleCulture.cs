using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AfterSalesBot.Escalation.Console;

/// <summary>
/// The console's language for the request: the language cookie (set by the switch in the header), else the signed-in
/// account's language (set by an admin), else the browser's Accept-Language (Chinese if it prefers Chinese), else English.
/// </summary>
public static class ConsoleCulture
{
    public const string Cookie = "asb.console.lang";

    public static CultureInfo For(HttpContext context)
    {
        var chosen = context.Request.Cookies[Cookie];
        if (chosen is "zh") return ConsoleTexts.Chinese;
        if (chosen is "en") return ConsoleTexts.English;
        var account = context.User.FindFirst(StaffPrincipal.LanguageClaim)?.Value;
        if (account is "zh") return ConsoleTexts.Chinese;
        if (account is "en") return ConsoleTexts.English;
        var accept = context.Request.GetTypedHeaders().AcceptLanguage;
        var first = accept.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return first?.Value.Value?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? ConsoleTexts.Chinese : ConsoleTexts.English;
    }

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>A return address inside the console, or null: never an open redirect.</summary>
    public static string? LocalConsoleUrl(string? url) =>
        url is { Length: > 0 } && url.StartsWith("/console", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\') ? url : null;
}

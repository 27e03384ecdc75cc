using System.Net;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

internal sealed partial class ConsoleSession
{
    /// <summary>Another browser holding a copy of this session's console cookie (stolen, or kept in a second tab's
    /// cookie store): it has no other state of its own.</summary>
    public ConsoleSession CopyTo(BotServer server)
    {
        var copy = new ConsoleSession(server);
        foreach (Cookie cookie in Cookies.GetCookies(new Uri(server.BaseUrl, "/console/")))
            copy.Cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        return copy;
    }
}

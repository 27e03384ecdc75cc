using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace AfterSalesBot.Escalation.Console;

/// <summary>
/// Checks a console page's query before its handler runs: a value that does not bind (a day that is not a day, a number
/// that is not a number or too large) or a day outside <see cref="FirstDay"/>–<see cref="LastDay"/> is answered 400 with
/// the reason in the reader's language, instead of reaching a query where it could only fail (day arithmetic past
/// 9999-12-31 throws). Numbers that bind are each page's to clamp.
/// </summary>
internal sealed class ConsoleQueryGuard : IAsyncPageFilter
{
    /// <summary>The days a console address may name: wider than any data this system will hold, far from the calendar's ends.</summary>
    public static readonly DateOnly FirstDay = new(2000, 1, 1);
    public static readonly DateOnly LastDay = new(2099, 12, 31);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && Problem(context) is { } reason)
        {
            context.Result = new ContentResult { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/plain; charset=utf-8", Content = reason };
            return;
        }
        await next();
    }

    private static string? Problem(PageHandlerExecutingContext context)
    {
        var query = context.HttpContext.Request.Query;
        foreach (var (key, entry) in context.ModelState)
            if (entry.Errors.Count > 0 && QueryName(query, key) is { } name) return L.T("Query.Invalid", name);
        foreach (var (key, value) in BoundValues(context))
            if (value is DateOnly day && (day < FirstDay || day > LastDay))
                return L.T("Query.DayOutOfRange", QueryName(query, key) ?? key, Day(FirstDay), Day(LastDay));
        return null;
    }

    /// <summary>The handler's arguments and the page's bound properties, by the name they bind from.</summary>
    private static IEnumerable<(string Name, object? Value)> BoundValues(PageHandlerExecutingContext context)
    {
        foreach (var (name, value) in context.HandlerArguments) yield return (name, value);
        foreach (var property in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
            yield return (property.BindingInfo?.BinderModelName ?? property.Name, property.Property.GetValue(context.HandlerInstance));
    }

    /// <summary>The key as the address spells it, when the query has it (binding ignores case).</summary>
    private static string? QueryName(IQueryCollection query, string key) =>
        query.Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>The interpreter with the demo catalogue, a customer in Shanghai and a fixed instant (2026-11-22 10:00 local).</summary>
internal static class Interpreting
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly IReadOnlyList<ProductName> Catalogue =
        CatalogProductNames.Load(Path.Combine(AppContext.BaseDirectory, "knowledge", "demo", "catalog.json"));

    private static readonly RuleBasedInterpreter Interpreter = new();

    public static Interpretation Interpret(string text, string? locale = null, DateTimeOffset? now = null, TimeZoneInfo? zone = null) =>
        Interpreter.Interpret(text, new InterpretationContext(locale, now ?? Now, zone ?? Shanghai, Catalogue));

    /// <summary>Mid-morning in Shanghai on the given local day.</summary>
    public static DateTimeOffset ShanghaiMorningOf(string isoDay) =>
        new(DateTime.ParseExact(isoDay, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddHours(10), TimeSpan.FromHours(8));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

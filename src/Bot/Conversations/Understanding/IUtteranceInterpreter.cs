namespace AfterSalesBot.Bot.Conversations.Understanding;

/// <summary>
/// Turns what a customer typed into an intent and the facts it contains. The rule-based interpreter needs no
/// model; a language-model interpreter can sit behind the same interface and be merged with it. Validation
/// (serial formats, purchase records, date sanity) stays with the deterministic code that uses the result.
/// </summary>
public interface IUtteranceInterpreter
{
    Interpretation Interpret(string text, InterpretationContext context);
}

/// <param name="ChannelLocale">The channel's locale (en-US, zh-CN…), when it has one.</param>
/// <param name="Now">The instant of the message, from the injected clock.</param>
/// <param name="TimeZone">The customer's time zone: relative dates ("yesterday", 上个月) resolve in it.</param>
/// <param name="Products">The catalogue's names, so products are recognised by model, name or alias.</param>
public sealed record InterpretationContext(
    string? ChannelLocale,
    DateTimeOffset Now,
    TimeZoneInfo TimeZone,
    IReadOnlyList<ProductName> Products);

/// <summary>A product as customers may call it: the model number, its names in both languages, its aliases.</summary>
public sealed record ProductName(string Model, string LineCode, IReadOnlyList<string> Names);

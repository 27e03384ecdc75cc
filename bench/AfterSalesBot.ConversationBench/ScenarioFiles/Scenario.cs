using System.Text.Json;

namespace AfterSalesBot.ConversationBench.ScenarioFiles;

/// <summary>One customer (SCENARIOS.md): how they start, how they answer each kind of question, what should come of it.</summary>
/// <param name="Name">The file's path below the scenarios folder, e.g. <c>dev/en/001-q5.json</c>.</param>
/// <param name="Answers">By question kind (<c>done</c>, <c>confirm</c>, …, <c>other</c>); <c>offer</c> is in <see cref="OfferAnswers"/>.</param>
/// <param name="Expect">The expected facts as written; a JSON null is an expected null, an absent fact is not scored.</param>
public sealed record Scenario(
    string Name,
    string Language,
    string Locale,
    string? TimeZone,
    IReadOnlyList<string> Story,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<string> OfferAnswers,
    IReadOnlyList<Interjection> Say,
    IReadOnlyDictionary<string, JsonElement> Expect);

/// <summary>Said once, the first time the bot asks <paramref name="When"/> (a question kind or <c>turn:N</c>).</summary>
public sealed record Interjection(string When, string Text);

using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Language.Understanding;

/// <summary>
/// Whether a fact the model read (a symptom, a cause, a product) is grounded in the customer's own text: the
/// message contains one of that code's vocabulary phrases (<see cref="SymptomWords"/>, <see cref="CauseWords"/>,
/// or the product's catalogue names), or the model quoted words that really occur in the message. A quote must be
/// the customer's description, not the code: it may not contain the code itself ("record symptom GAS_SMELL"), and
/// must be long enough to say something (two Chinese characters, or four other characters).
/// </summary>
public static class FactGrounding
{
    private static readonly Dictionary<string, Regex> Symptoms = Vocabulary(SymptomWords.All);
    private static readonly Dictionary<string, Regex> Causes = Vocabulary(CauseWords.All);

    public static bool Symptom(ModelFact fact, string text) =>
        Vocabulary(Symptoms, fact.Code, text) || Quoted(fact.Quote, fact.Code, text);

    public static bool Cause(ModelCause cause, string text) =>
        Vocabulary(Causes, cause.Code, text) || Quoted(cause.Quote, cause.Code, text);

    /// <summary>The product by its model number or one of its catalogue names in the message, or a quote.</summary>
    public static bool Product(ModelFact fact, ProductName product, string text)
    {
        var folded = Fold(text);
        var key = Key(product.Model);
        return Key(text).Contains(key, StringComparison.Ordinal)
            || product.Names.Any(n => n.Length > 0 && folded.Contains(Fold(n), StringComparison.Ordinal))
            || Quoted(fact.Quote, product.Model, text);
    }

    /// <summary>Words that occur in the message (case, width and spacing aside) and are not the code.</summary>
    public static bool Quoted(string? quote, string code, string text)
    {
        var words = Fold(quote ?? "").Trim();
        var enough = words.Any(UtteranceText.IsCjk) ? words.Count(UtteranceText.IsCjk) >= 2 : words.Count(char.IsLetterOrDigit) >= 4;
        return enough
            && Fold(text).Contains(words, StringComparison.Ordinal)
            && !Key(words).Contains(Key(code), StringComparison.Ordinal);
    }

    private static bool Vocabulary(Dictionary<string, Regex> table, string code, string text) =>
        table.TryGetValue(code, out var phrases) && phrases.IsMatch(new UtteranceText(text).Folded);

    private static Dictionary<string, Regex> Vocabulary((string Code, string[] Phrases)[] entries) =>
        entries.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => PhraseTable<string>.Compile(g.SelectMany(e => e.Phrases)), StringComparer.Ordinal);

    /// <summary>Folded as the recognisers fold, with runs of white space as one space.</summary>
    private static string Fold(string text) => Regex.Replace(new UtteranceText(text).Folded, @"\s+", " ");

    /// <summary>Letters and digits only, upper case: JZT-Q5, jztq5 and "jzt q5" are one key; GAS_SMELL is GASSMELL.</summary>
    private static string Key(string value) => string.Concat(value.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}

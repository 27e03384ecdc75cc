using System.Runtime.CompilerServices;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Products by model number (JZT-Q5, jztq5), name or alias in either language, longest match first so "燃气热水器"
/// is the gas water heater and not every "热水器". A model named unambiguously comes first; a word several models
/// share (gas stove, 热水器) adds them all, unless one of them is already named.
/// </summary>
internal static class ProductRecogniser
{
    private sealed record Term(string Folded, string[] Models, bool IsNumber);

    private static readonly ConditionalWeakTable<IReadOnlyList<ProductName>, Term[]> Catalogues = new();

    public static (List<string> Models, List<TextSpan> Spans) Find(UtteranceText text, IReadOnlyList<ProductName> products)
    {
        var terms = Catalogues.GetValue(products, Build);
        var hits = new List<Hit<string[]>>();
        foreach (var term in terms)
        {
            for (var at = text.Folded.IndexOf(term.Folded, StringComparison.Ordinal); at >= 0;
                 at = text.Folded.IndexOf(term.Folded, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, term.Folded.Length);
                if (AtBoundaries(text.Folded, span) && !(term.IsNumber && IsAmount(text.Folded, span)) && !hits.Any(h => h.Span.Overlaps(span)))
                    hits.Add(new Hit<string[]>(span, term.Models));
            }
        }

        var ordered = hits.OrderBy(h => h.Span.Start).ToList();
        var models = ordered.Where(h => h.Value.Length == 1).Select(h => h.Value[0]).Distinct().ToList();
        foreach (var shared in ordered.Where(h => h.Value.Length > 1 && !h.Value.Any(models.Contains)))
            models.AddRange(shared.Value.Where(m => !models.Contains(m)));
        return (models, ordered.Select(h => h.Span).ToList());
    }

    private static Term[] Build(IReadOnlyList<ProductName> products)
    {
        var byTerm = new Dictionary<string, List<string>>();
        foreach (var product in products)
        {
            var model = product.Model.ToLowerInvariant();
            // A hyphen typed as a space ("single user" for "single-user") is the same name.
            var names = product.Names.SelectMany(n => n.Contains('-', StringComparison.Ordinal) ? new[] { n, n.Replace('-', ' ') } : [n]);
            foreach (var name in names.Append(model).Append(model.Replace("-", "", StringComparison.Ordinal)).Append(model.Replace('-', ' ')))
            {
                var folded = new UtteranceText(name.Trim()).Folded;
                if (folded.Length < 1)
                    continue;
                if (!byTerm.TryGetValue(folded, out var models))
                    byTerm[folded] = models = [];
                if (!models.Contains(product.Model))
                    models.Add(product.Model);
            }
        }
        return byTerm
            .OrderByDescending(t => t.Key.Length)
            .Select(t => new Term(t.Key, t.Value.ToArray(), t.Key.All(char.IsAsciiDigit)))
            .ToArray();
    }

    private static bool AtBoundaries(string folded, TextSpan span)
    {
        static bool Word(char c) => char.IsAsciiLetterOrDigit(c);
        var startOk = !Word(folded[span.Start]) || span.Start == 0 || !Word(folded[span.Start - 1]);
        var endOk = !Word(folded[span.End - 1]) || span.End == folded.Length || !Word(folded[span.End]);
        return startOk && endOk;
    }

    /// <summary>"2200元" or "¥680" is money, not the LP-2200 or the IJ-680.</summary>
    private static bool IsAmount(string folded, TextSpan span)
    {
        var after = folded[span.End..].TrimStart();
        var before = folded[..span.Start].TrimEnd();
        return after.StartsWith('元') || after.StartsWith('块') || after.StartsWith("yuan", StringComparison.Ordinal)
            || after.StartsWith("rmb", StringComparison.Ordinal) || after.StartsWith("dollar", StringComparison.Ordinal)
            || before.EndsWith('¥') || before.EndsWith('$') || before.EndsWith('￥') || before.EndsWith("rmb", StringComparison.Ordinal)
            || after.StartsWith('.') && after.Length > 1 && char.IsAsciiDigit(after[1]);
    }
}

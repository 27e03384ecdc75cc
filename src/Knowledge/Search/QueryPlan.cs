namespace AfterSalesBot.Knowledge.Search;

/// <summary>A query's distinct terms with their weights, and the words to look for when cutting snippets.</summary>
internal sealed class QueryPlan
{
    /// <summary>A single Chinese character counts a quarter of a bigram or a word.</summary>
    public const double CharacterWeight = 0.25;

    private QueryPlan(List<(string Term, double Weight)> terms, string[] snippetNeedles)
    {
        Terms = terms;
        SnippetNeedles = snippetNeedles;
    }

    /// <summary>In the query's order, so scores add up in the same order every time.</summary>
    public List<(string Term, double Weight)> Terms { get; }

    /// <summary>Words as written and their stems, then bigrams, then single characters: best evidence first.</summary>
    public string[] SnippetNeedles { get; }

    public static QueryPlan Parse(string query)
    {
        var tokens = SearchTokenizer.Tokenize(query);
        var terms = new List<(string Term, double Weight)>(tokens.Count);
        foreach (var token in tokens)
        {
            var weight = token.Kind == TokenKind.Character ? CharacterWeight : 1.0;
            var at = terms.FindIndex(t => t.Term == token.Term);
            if (at < 0) terms.Add((token.Term, weight));
            else terms[at] = (token.Term, terms[at].Weight + weight);
        }

        var needles = tokens
            .SelectMany(t => t.Kind == TokenKind.Word ? new[] { t.Surface, t.Term } : [t.Surface])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.Length == 1 && SearchTokenizer.IsCjk(n[0]) ? 1 : 0)
            .ThenByDescending(n => n.Length)
            .ToArray();
        return new QueryPlan(terms, needles);
    }
}

namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// Splits English and Chinese text (or both at once) into index terms. Latin text: lower-cased runs of
/// letters and digits, stop words dropped, lightly stemmed. Chinese has no spaces, so a run of CJK
/// ideographs becomes its overlapping bigrams (热水器漏水 → 热水 水器 器漏 漏水) plus each character on
/// its own at low weight: 漏水 then matches 热水器漏水怎么办 without a dictionary.
/// </summary>
public static class SearchTokenizer
{
    public static List<SearchToken> Tokenize(string? text)
    {
        var tokens = new List<SearchToken>();
        Tokenize(text, tokens);
        return tokens;
    }

    public static void Tokenize(ReadOnlySpan<char> text, List<SearchToken> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (IsCjk(text[i]))
            {
                while (i < text.Length && IsCjk(text[i])) i++;
                AddCjkRun(text[start..i], into);
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !IsCjk(text[i])) i++;
                AddWord(text[start..i], into);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>CJK Unified Ideographs and Extension A (the BMP blocks; rarer extensions are not indexed).</summary>
    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static void AddWord(ReadOnlySpan<char> run, List<SearchToken> into)
    {
        if (run.Length < 2) return;
        Span<char> lower = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        for (var i = 0; i < run.Length; i++)
            lower[i] = char.ToLowerInvariant(FoldFullWidth(run[i]));
        var surface = new string(lower);
        if (StopWords.English.Contains(surface)) return;
        into.Add(new SearchToken(EnglishStemmer.Stem(surface), TokenKind.Word, surface));
    }

    private static void AddCjkRun(ReadOnlySpan<char> run, List<SearchToken> into)
    {
        for (var i = 0; i + 1 < run.Length; i++)
        {
            var bigram = new string(run.Slice(i, 2));
            if (!StopWords.ChineseBigrams.Contains(bigram))
                into.Add(new SearchToken(bigram, TokenKind.Bigram, bigram));
        }

        foreach (var c in run)
        {
            if (StopWords.ChineseCharacters.Contains(c)) continue;
            var single = c.ToString();
            into.Add(new SearchToken(single, TokenKind.Character, single));
        }
    }

    /// <summary>Full-width Latin letters and digits (Ｑ５, common in Chinese input) read as ASCII.</summary>
    private static char FoldFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}

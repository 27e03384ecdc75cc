namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// A light suffix stripper, not Porter: plurals (-s, -es, -ies), then -ing or -ed with the doubled
/// consonant undone, then a final -e, so "jams", "jammed", "jamming" → "jam" and "ignite",
/// "ignites", "ignited", "igniting" → "ignit". Words of three letters or fewer, and anything with a
/// digit (models, error codes), are left alone.
/// </summary>
internal static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsAsciiLetters(word))
            return word;

        var stem = StripPlural(word);
        stem = StripVerbSuffix(stem, "ing") ?? StripVerbSuffix(stem, "ed") ?? stem;
        return StripFinalE(stem);
    }

    private static string StripPlural(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && EndsWithSibilant(w.AsSpan(0, w.Length - 2)))
            return w[..^2];
        if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }

    private static string? StripVerbSuffix(string w, string suffix)
    {
        if (!w.EndsWith(suffix, StringComparison.Ordinal)) return null;
        var stem = w[..^suffix.Length];
        if (stem.Length < 3 || stem.AsSpan().IndexOfAny("aeiouy") < 0) return null;
        // "jamm" → "jam"; but "fill", "press", "buzz" keep their double letter, as Porter does.
        if (stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z'))
            return stem[..^1];
        return stem;
    }

    private static string StripFinalE(string w) =>
        w.Length >= 4 && w[^1] == 'e' && w[^2] != 'e' ? w[..^1] : w;

    private static bool EndsWithSibilant(ReadOnlySpan<char> s) =>
        s.EndsWith("s") || s.EndsWith("x") || s.EndsWith("z") || s.EndsWith("ch") || s.EndsWith("sh");

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAsciiLetters(string w)
    {
        foreach (var c in w)
            if (c is < 'a' or > 'z') return false;
        return true;
    }
}

namespace AfterSalesBot.Knowledge.Search;

public enum TokenKind : byte
{
    /// <summary>A lower-cased, stemmed run of letters or digits ("jam", "q5", "e1").</summary>
    Word,

    /// <summary>Two adjacent Chinese characters ("漏水").</summary>
    Bigram,

    /// <summary>One Chinese character; matched at low weight so a bigram match always counts for more.</summary>
    Character,
}

/// <param name="Term">What the index stores and looks up.</param>
/// <param name="Surface">The text as written, lower-cased and unstemmed, for finding a snippet.</param>
public readonly record struct SearchToken(string Term, TokenKind Kind, string Surface);

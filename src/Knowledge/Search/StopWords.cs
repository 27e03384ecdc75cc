namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// Words too common to help ranking. Kept small on purpose: BM25's IDF already discounts frequent
/// terms, and negations ("not", "no", 不, 没有) carry meaning in complaints, so they stay.
/// </summary>
internal static class StopWords
{
    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as",
        "is", "are", "was", "were", "be", "been", "it", "its", "my", "me", "i", "you", "your", "we", "our",
        "this", "that", "these", "those", "what", "how", "why", "when", "do", "does", "did", "doesn", "don",
        "can", "will", "would", "should", "could", "please", "there", "if", "so", "but", "have", "has", "had",
    };

    /// <summary>Question words and particles that appear in every Chinese title ("…怎么办").</summary>
    public static readonly HashSet<string> ChineseBigrams = new(StringComparer.Ordinal)
    {
        "怎么", "么办", "什么", "为什", "请问", "一下", "如何", "可以", "我的", "了吗",
    };

    public static readonly HashSet<char> ChineseCharacters =
    [
        '的', '了', '吗', '呢', '吧', '啊', '是', '在', '我', '你', '他', '她', '它', '们', '么', '怎', '请', '问',
        '和', '与', '或', '也', '都', '就', '把', '被', '这', '那', '个', '一', '有', '很', '还', '会', '办',
    ];
}

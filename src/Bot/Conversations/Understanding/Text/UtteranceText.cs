namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// A message as the recognisers read it: <see cref="Folded"/> is lower case with full-width ASCII and curly
/// apostrophes folded to plain ASCII, and has exactly the length of <see cref="Original"/>, so a span found in
/// one is the same span in the other. In a Chinese message, after-sales words typed as pinyin (tui kuan, shifu, mofen) are read
/// as their characters (<see cref="Recognisers.Pinyin.InChinese"/>), padded with spaces to the same length.
/// </summary>
internal sealed class UtteranceText
{
    public UtteranceText(string original)
    {
        Original = original;
        Folded = Recognisers.Pinyin.InChinese(Fold(original));
    }

    public string Original { get; }
    public string Folded { get; }

    public string OriginalAt(TextSpan span) => Original.Substring(span.Start, span.Length);

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or '〇';

    private static string Fold(string text) => string.Create(text.Length, text, static (buffer, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            c = c switch
            {
                >= '\uff01' and <= '\uff5e' => (char)(c - 0xfee0),
                '\u3000' => ' ',
                '\u2019' or '\u2018' => '\'',
                >= '\u4e00' => Cantonese(source, i),
                _ => c,
            };
            buffer[i] = char.ToLowerInvariant(c);
        }
    });

    /// <summary>
    /// Written Cantonese, as customers in Guangdong and Hong Kong chat (round 85): its own characters read as the Mandarin the
    /// words are written for, one character for one, so 唔着火 is 不着火 (a burner that will not light, no fire), 冇人拆过 is
    /// 没人拆过 (a denial) and 坏咗 is 坏了. 唔该 (please, thank you) is 麻烦, never 不该. 系 is 是 only where Cantonese uses it
    /// for "is" (after 唔, 就, 都, 应该, or as the whole answer), never inside 关系, 系统 or 联系.
    /// </summary>
    private static char Cantonese(string source, int i)
    {
        var c = source[i];
        var before = i > 0 ? source[i - 1] : ' ';
        var after = i + 1 < source.Length ? source[i + 1] : ' ';
        return c switch
        {
            '唔' => after == '该' || after == '該' ? '麻' : '不',
            '该' or '該' when before == '唔' => '烦',
            '冇' => '没',
            '咗' => '了',
            '嘅' => '的',
            '喺' => '在',
            '佢' => '它',
            '嚟' => '来',
            '睇' => '看',
            '啲' => '些',
            '哋' => '们',
            '嗰' => '那',
            '畀' or '俾' => '给',
            '揾' => '找',
            '係' => '是',
            '系' when before is '唔' or '不' or '就' or '都' or '该' or '谂' or '又' or '仲' or '咪' || IsAnswerEnd(before, after) => '是',
            _ => c,
        };
    }

    /// <summary>系 standing alone as the answer: "系", "系呀", "系 DC-3020 嗰部".</summary>
    private static bool IsAnswerEnd(char before, char after) =>
        (before is ' ' or '，' or ',' or '。' or '！' or '!') && (after is ' ' or '呀' or '啊' or '嘅' or '啦' or '咯' or '喇' or '，' or ',' or '。' or '！' or '!' or '的' or '吖');
}

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// A message as the recognisers read it: <see cref="Folded"/> is lower case with full-width ASCII and curly
/// apostrophes folded to plain ASCII, and has exactly the length of <see cref="Original"/>, so a span found in
/// one is the same span in the other.
/// </summary>
internal sealed class UtteranceText
{
    public UtteranceText(string original)
    {
        Original = original;
        Folded = Fold(original);
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
                _ => c,
            };
            buffer[i] = char.ToLowerInvariant(c);
        }
    });
}

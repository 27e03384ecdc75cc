using System.Text;

namespace AfterSalesBot.ConversationBench.Customer;

/// <summary>
/// How the customer's messages are typed. <see cref="Casual"/> replays the same scenarios as people type on a phone:
/// all lower case, no punctuation, no apostrophes ("dont", "its"), Chinese punctuation turned into spaces. It finds
/// rules that lean on the written form without anyone writing new material beside them.
/// </summary>
public enum Typing
{
    AsWritten,
    Casual,
}

public static class TypingStyle
{
    private const string Dropped = ".!?,;:'’\"“”";
    private const string Spaced = "。，！？；：、";

    public static string Apply(Typing typing, string text) => typing switch
    {
        Typing.Casual => Casual(text),
        _ => text,
    };

    private static string Casual(string text)
    {
        var typed = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inNumber = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            if (Dropped.Contains(c) && !inNumber) // "1.5 years", "3:30" keep their points
                continue;
            typed.Append(Spaced.Contains(c) ? ' ' : char.ToLowerInvariant(c));
        }

        return string.Join(' ', typed.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

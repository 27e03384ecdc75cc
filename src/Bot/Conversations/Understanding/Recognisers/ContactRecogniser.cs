using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>Phone numbers (Chinese mobiles, landlines with area code, international +…) and e-mail addresses.</summary>
internal static partial class ContactRecogniser
{
    [GeneratedRegex(@"[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(
        @"(?<![a-z0-9+-])(?:\+\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?\d{2,4}(?:[\s-]?\d{2,4}){1,4}|(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}|1[3-9]\d{9}|\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4})(?![a-z0-9-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    public static Hit<string>? FindEmail(UtteranceText text) =>
        EmailPattern().Match(text.Folded) is { Success: true } m ? new Hit<string>(new TextSpan(m.Index, m.Length), m.Value) : null;

    /// <summary>"0571 8890 1123", "(0574) 8823-1190" → "0571-88901123": the area code (three digits for 010 and 02x,
    /// four for the rest), a dash, then the local number.</summary>
    private static string Landline(string written)
    {
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        var areaCode = digits[1] is '1' or '2' ? 3 : 4;
        return digits[..areaCode] + "-" + digits[areaCode..];
    }

    /// <summary>The first phone number, written compactly: spaces dropped, a landline's dash kept ("0571-88886666").</summary>
    public static Hit<string>? FindPhone(UtteranceText text)
    {
        foreach (Match m in PhonePattern().Matches(text.Folded))
        {
            var digits = m.Value.Count(char.IsAsciiDigit);
            if (digits is < 7 or > 15)
                continue;
            var compact = m.Value.TrimStart('(').StartsWith('0') ? Landline(m.Value) : new string(m.Value.Where(c => c == '+' || char.IsAsciiDigit(c)).ToArray());
            return new Hit<string>(new TextSpan(m.Index, m.Length), compact);
        }
        return null;
    }
}

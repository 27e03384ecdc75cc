using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>Phone numbers (Chinese mobiles, landlines with area code, Indian mobiles written 98450 31127, international +…) and
/// e-mail addresses.</summary>
internal static partial class ContactRecogniser
{
    [GeneratedRegex(@"[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(
        @"(?<![a-z0-9+-])(?:\+\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?\d{2,4}(?:[\s-]?\d{2,4}){1,4}|(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}|1[3-9]\d{9}|\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}|0\d{4}[\s-]?\d{3}[\s-]?\d{3}|0\d{4}[\s-]?\d{6}|[6-9]\d{4}[\s-]?\d{5})(?![a-z0-9-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^07\d{3}[\s-]?\d{3}[\s-]?\d{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BritishMobile();

    /// <summary>A number said aloud into a phone: "one three nine eight …", 幺三九 八八二一 ….</summary>
    [GeneratedRegex(@"(?<![a-z])(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))(?:[\s,-]+|$)){7,15}", RegexOptions.CultureInvariant)]
    private static partial Regex SpokenEnglishDigits();

    [GeneratedRegex(@"[零〇幺一二两三四五六七八九](?:\s?[零〇幺一二两三四五六七八九]){6,14}", RegexOptions.CultureInvariant)]
    private static partial Regex SpokenChineseDigits();

    private static readonly string[] DigitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static string EnglishDigits(string spoken)
    {
        var digits = new System.Text.StringBuilder();
        var words = spoken.Split([' ', ',', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var twice = words[i] == "double" && i + 1 < words.Length;
            var word = twice ? words[++i] : words[i];
            var digit = word == "oh" ? 0 : Array.IndexOf(DigitWords, word);
            digits.Append((char)('0' + digit));
            if (twice) digits.Append((char)('0' + digit));
        }
        return digits.ToString();
    }

    private static string ChineseDigits(string spoken) => new(spoken.Where(c => c != ' ').Select(c => c switch
    {
        '零' or '〇' => '0', '幺' or '一' => '1', '二' or '两' => '2', '三' => '3', '四' => '4',
        '五' => '5', '六' => '6', '七' => '7', '八' => '8', _ => '9',
    }).ToArray());

    /// <summary>A number of 10 digits or more said aloud, read as digits: a mobile or a landline.</summary>
    private static Hit<string>? FindSpokenPhone(UtteranceText text)
    {
        foreach (Match m in SpokenEnglishDigits().Matches(text.Folded))
            if (EnglishDigits(m.Value.Trim()) is { Length: >= 10 and <= 15 } digits)
                return new Hit<string>(new TextSpan(m.Index, m.Value.TrimEnd().Length), digits);
        foreach (Match m in SpokenChineseDigits().Matches(text.Folded))
            if (ChineseDigits(m.Value) is { Length: >= 10 and <= 15 } digits)
                return new Hit<string>(new TextSpan(m.Index, m.Length), digits.StartsWith('0') && digits.Length <= 12 ? Landline(digits) : digits);
        return null;
    }

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
            // 07911 204 566: a British mobile (five digits, then six) keeps its digits; 0571 8890 1123 is a Chinese landline.
            var british = digits == 11 && BritishMobile().IsMatch(m.Value);
            var compact = m.Value.TrimStart('(').StartsWith('0') && !british ? Landline(m.Value) : new string(m.Value.Where(c => c == '+' || char.IsAsciiDigit(c)).ToArray());
            return new Hit<string>(new TextSpan(m.Index, m.Length), compact);
        }
        return FindSpokenPhone(text);
    }
}

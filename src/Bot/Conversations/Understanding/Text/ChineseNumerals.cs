namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>Reads numbers written in Chinese numerals (三, 十四, 二十五, 两百) or digit by digit (二〇二五), and Arabic digits.</summary>
internal static class ChineseNumerals
{
    public const string Characters = "〇零○一二两三四五六七八九十百千万";

    public static int? Parse(string text)
    {
        if (text.Length == 0)
            return null;
        if (text.All(char.IsAsciiDigit))
            return int.TryParse(text, out var n) ? n : null;
        if (!text.Any(c => c is '十' or '百' or '千' or '万'))
            return DigitByDigit(text);

        long total = 0, section = 0, digit = 0;
        foreach (var c in text)
        {
            if (Digit(c) is { } d)
            {
                digit = d;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => -1 };
            if (unit < 0)
                return null;
            if (unit == 10000)
            {
                total += (section + digit) * unit;
                section = digit = 0;
                continue;
            }
            section += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return (int)(total + section + digit);
    }

    private static int? DigitByDigit(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (Digit(c) is not { } d)
                return null;
            value = value * 10 + d;
        }
        return value;
    }

    private static int? Digit(char c) => c switch
    {
        '〇' or '零' or '○' or '0' => 0,
        '一' or '1' => 1,
        '二' or '两' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        '七' or '7' => 7,
        '八' or '8' => 8,
        '九' or '9' => 9,
        _ => null,
    };
}

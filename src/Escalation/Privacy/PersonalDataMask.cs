using System.Text;
using System.Text.RegularExpressions;

namespace AfterSalesBot.Escalation.Privacy;

/// <summary>
/// Masks the contact data a customer types — phone numbers (<c>138****5678</c>), e-mail addresses (<c>z***@example.com</c>),
/// ID-card numbers (身份证号, <c>110***********1234</c>) and street addresses in Chinese (<c>北京市朝阳区****</c>, the
/// administrative divisions kept) and English (<c>** Long Acre Road</c>) — for exports, print pages and logs. Serials,
/// order and case numbers, dates and prices are left alone (they are no person's data and staff need them). Names in free
/// text are not recognised; the names the bot stores (the case sheet, a sender name) go through <see cref="MaskName"/>.
/// </summary>
public static partial class PersonalDataMask
{
    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        text = Email().Replace(text, m => m.Value[0] + "***" + m.Value[m.Value.IndexOf('@')..]);
        text = IdCard().Replace(text, m => m.Value[..3] + new string('*', m.Value.Length - 7) + m.Value[^4..]);
        text = Mobile().Replace(text, m => m.Groups[1].Value + "****" + m.Groups[3].Value);
        text = OtherPhone().Replace(text, m => AllButLastFourDigits(m.Value));
        text = ChineseAddress().Replace(text, m => m.Groups["admin"].Value + "****");
        text = EnglishAddress().Replace(text, m => new string('*', m.Groups["number"].Length) + m.Groups["street"].Value);
        return text;
    }

    /// <summary>For a language model, which needs neither: ID-card numbers become <c>[id-card]</c> and street addresses
    /// <c>[address]</c> (the Chinese administrative divisions kept). Phones and e-mails are the caller's (ContactMasking).</summary>
    public static string PlaceholdIdentityAndAddress(string text)
    {
        text = IdCard().Replace(text, "[id-card]");
        text = ChineseAddress().Replace(text, m => m.Groups["admin"].Value + "[address]");
        return EnglishAddress().Replace(text, "[address]");
    }

    /// <summary>The first character, then one star per further character: 张* · Z********.</summary>
    public static string MaskName(string name) => name.Length <= 1 ? name : name[0] + new string('*', name.Length - 1);

    private static string AllButLastFourDigits(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        var masked = new StringBuilder(value.Length);
        var seen = 0;
        foreach (var c in value) masked.Append(char.IsAsciiDigit(c) && ++seen <= digits - 4 ? '*' : c);
        return masked.ToString();
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // 18 digits (the last may be X) or the old 15, not part of a longer run of letters or digits.
    [GeneratedRegex(@"(?<![A-Za-z0-9*])(?:\d{17}[\dXx]|\d{15})(?![A-Za-z0-9])")]
    private static partial Regex IdCard();

    // Mainland mobiles, with or without separators; a country code before them stays as it was.
    [GeneratedRegex(@"(?<![A-Za-z0-9*])(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![A-Za-z0-9])")]
    private static partial Regex Mobile();

    // Landlines (010-87654321, (0755) 1234567) and separated international numbers; dates (2025-03-04) are left alone.
    [GeneratedRegex(@"(?<![A-Za-z0-9*])(?:\+?\d{1,3}[\s-]?)?(?:\(?0\d{2,3}\)?[\s-]?\d{7,8}|\d{3}[\s-]\d{3}[\s-]\d{4})(?![A-Za-z0-9])")]
    private static partial Regex OtherPhone();

    // [省/市/区/县…]* then a road, street, lane or estate and a number with its unit (号, 栋, 楼, 室…), and more of them.
    // The road's name never starts with the little words around an address (我住在…, 送到…, 地址是…).
    [GeneratedRegex(@"(?<admin>(?:\p{IsCJKUnifiedIdeographs}{1,8}?(?:自治区|省|市|区|县|旗|镇|乡))*)(?<detail>(?:(?![我你他她住在是的址家了到从往和发寄送就请])\p{IsCJKUnifiedIdeographs}){1,10}?(?:大道|大街|胡同|小区|花园|大厦|路|街|道|巷|弄|村)[A-Za-z\-#\p{IsCJKUnifiedIdeographs}]{0,4}?[0-9０-９一二三四五六七八九十百零〇]+(?:号|號|栋|幢|楼|单元|室|层)(?:[A-Za-z\-#\p{IsCJKUnifiedIdeographs}]{0,4}?[0-9０-９一二三四五六七八九十百零〇]+(?:号|號|栋|幢|楼|单元|室|层))*)")]
    private static partial Regex ChineseAddress();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<number>\d{1,5}[A-Za-z]?)(?<street>\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Close|Crescent|Terrace)\b)")]
    private static partial Regex EnglishAddress();
}

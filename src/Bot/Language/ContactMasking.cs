using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Privacy;

namespace AfterSalesBot.Bot.Language;

/// <summary>
/// Replaces e-mail addresses, phone numbers, ID-card numbers and street addresses with placeholders before text leaves
/// for the model (<see cref="PersonalDataMask.PlaceholdIdentityAndAddress"/>). The rules read
/// contacts from the original text, so the model never needs them.
/// </summary>
public static partial class ContactMasking
{
    public const string EmailPlaceholder = "[email]";
    public const string PhonePlaceholder = "[phone]";

    public static string Mask(string text) =>
        Phone().Replace(Email().Replace(PersonalDataMask.PlaceholdIdentityAndAddress(text), EmailPlaceholder), PhonePlaceholder);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Mainland mobiles (13812345678, +86 138 1234 5678) and landlines or international numbers of 7+ digits with
    // separators; serials (letters then digits) and dates (2025-03-04) are left alone.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:\+?\d{1,3}[\s-]?)?(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\(?0\d{2,3}\)?[\s-]?\d{7,8}|\d{3}[\s-]\d{3}[\s-]\d{4})(?![A-Za-z0-9])")]
    private static partial Regex Phone();
}

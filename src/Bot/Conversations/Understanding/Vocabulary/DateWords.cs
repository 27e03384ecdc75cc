namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>Month, weekday and number words for dates.</summary>
internal static class DateWords
{
    /// <summary>A regular expression for an English month name or abbreviation; <see cref="Month"/> reads it.</summary>
    public const string MonthPattern =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    public const string WeekdayPattern = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    /// <summary>A count in words or digits: "3", "three", "a", "a couple of", "a few".</summary>
    public const string CountPattern =
        @"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|couple of|a few|few|several";

    public static int Month(string name) => name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    /// <summary>A count that is only a rough number ("a few", "several", "a couple of"): the date it gives is approximate.</summary>
    public static bool IsVagueCount(string word) =>
        System.Text.RegularExpressions.Regex.Replace(word, @"\s+", " ") is "a couple of" or "couple of" or "a few" or "few" or "several";

    public static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    public static int Count(string word) => word switch
    {
        "a" or "an" or "one" => 1,
        "two" or "a couple of" or "couple of" => 2,
        "three" or "a few" or "few" or "several" => 3,
        "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        _ => int.Parse(word, System.Globalization.CultureInfo.InvariantCulture),
    };
}

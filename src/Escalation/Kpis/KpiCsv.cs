using System.Globalization;
using System.Text;
using AfterSalesBot.Escalation.Transcripts;

namespace AfterSalesBot.Escalation.Kpis;

/// <summary>
/// A KPI report as CSV for a spreadsheet (UTF-8 with a byte-order mark, CRLF, the transcript export's quoting and
/// formula guard). Columns: section, name, value, count, of. Rates are fractions (0.75) with their count and
/// denominator, empty when there is nothing to divide by; durations are minutes; days are the business's.
/// The <c>language_model</c> section (conversations that used the optional model, their tokens) is always there, 0 without one.
/// With the follow-up KPIs (DOMAIN.md §9) it adds the <c>follow_up</c> and <c>satisfaction</c> sections and their rates.
/// </summary>
public static class KpiCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string ToText(KpiReport report, FollowUpKpis? followUps = null)
    {
        var csv = new StringBuilder();
        Row(csv, "section", "name", "value", "count", "of");
        Row(csv, "period", "from", Iso(report.Period.From), "", "");
        Row(csv, "period", "to", Iso(report.Period.To), "", "");
        Row(csv, "period", "channel", report.Period.Channel ?? "all", "", "");
        Row(csv, "period", "at", Iso(report.At), "", "");
        Row(csv, "volume", "complaints", Number(report.Complaints), "", "");
        Rate(csv, "bot_resolution", report.BotResolution);
        Rate(csv, "escalation", report.Escalation);
        Rate(csv, "agreement", report.Agreement);
        Rate(csv, "first_response_sla", report.FirstResponseSla);
        Rate(csv, "resolution_sla", report.ResolutionSla);
        Durations(csv, "first_response", report.FirstResponse);
        Durations(csv, "resolution", report.Resolution);
        foreach (var reason in report.ReasonMix) Row(csv, "reason", reason.Code, Number(reason.Count), "", "");
        foreach (var model in report.RepeatFailures) Row(csv, "repeat_failures", model.Model, Number(model.Count), "", "");
        foreach (var model in report.ReopenedCases) Row(csv, "reopened", model.Model, Number(model.Count), "", "");
        foreach (var day in report.Daily) Row(csv, "daily", day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(day.Count), "", "");
        Row(csv, "language_model", "conversations", Number(report.LanguageModel.Conversations), "", "");
        Row(csv, "language_model", "tokens", report.LanguageModel.Tokens.ToString(CultureInfo.InvariantCulture), "", "");
        if (followUps is not null) FollowUps(csv, followUps);
        return csv.ToString();
    }

    public static byte[] ToBytes(KpiReport report, FollowUpKpis? followUps = null) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ToText(report, followUps))];

    /// <summary>Follow-ups asked against the repairs and the quota (quota_met empty without repairs), the satisfaction
    /// average (count = ratings) and the 1–5 distribution, remedies confirmed working, and the reopen rate.</summary>
    private static void FollowUps(StringBuilder csv, FollowUpKpis kpis)
    {
        Row(csv, "follow_up", "asked", Number(kpis.FollowUpsDone), "", "");
        Row(csv, "follow_up", "repairs", Number(kpis.Repairs), "", "");
        Row(csv, "follow_up", "quota", Fraction(kpis.Quota), "", "");
        Row(csv, "follow_up", "quota_met", kpis.QuotaMet switch { true => "yes", false => "no", null => "" }, "", "");
        Rate(csv, "follow_ups_per_repair", kpis.PerRepair);
        Rate(csv, "confirmed_working", kpis.ConfirmedWorking);
        Rate(csv, "reopened", kpis.Reopened);
        Row(csv, "satisfaction", "average", kpis.AverageRating?.ToString("0.0#", CultureInfo.InvariantCulture) ?? "", Number(kpis.Ratings), "");
        for (var stars = 1; stars <= kpis.Distribution.Count; stars++)
            Row(csv, "satisfaction", "rated_" + Number(stars), Number(kpis.Distribution[stars - 1]), "", Number(kpis.Ratings));
    }

    private static string Fraction(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static void Rate(StringBuilder csv, string name, Rate rate) =>
        Row(csv, "rate", name, rate.Value is { } value ? Fraction(value) : "", Number(rate.Count), Number(rate.Of));

    private static void Durations(StringBuilder csv, string name, DurationStats stats)
    {
        Row(csv, "minutes", name + "_median", Minutes(stats.Median), Number(stats.Count), "");
        Row(csv, "minutes", name + "_p90", Minutes(stats.P90), Number(stats.Count), "");
    }

    private static string Minutes(TimeSpan? duration) => duration?.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] cells) =>
        csv.Append(string.Join(',', cells.Select(CsvTranscript.Cell))).Append("\r\n");
}

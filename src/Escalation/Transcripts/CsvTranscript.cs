using System.Globalization;
using System.Text;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Escalation.Transcripts;

/// <summary>
/// The transcript as CSV (RFC 4180: CRLF, fields quoted when they hold a comma, quote or line break, quotes doubled),
/// UTF-8 with a byte-order mark so Excel reads Chinese. Columns: time (ISO 8601 UTC), direction (in, out, note), from,
/// agent, type, text. After the conversation, the handling agreement: per offer a row of direction <c>agreement</c>
/// and type <c>offer</c> at the time offered (from: who offered it; agent: the approving supervisor), and a row of type
/// <c>answer</c> at the time answered (text: Accepted or Refused), or one saying it was left open. A cell a spreadsheet
/// could run as a formula gets a leading apostrophe (<see cref="FormulaGuard"/>), so it shows what the customer typed.
/// </summary>
public static class CsvTranscript
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string Extension = ".csv";
    public const string NoteDirection = "note";
    public const string NoteType = "note";
    public const string AgreementDirection = "agreement";

    private static readonly string[] Header = ["time", "direction", "from", "agent", "type", "text"];

    /// <summary>With <paramref name="includeNotes"/> the document's internal notes are rows of their own (direction and
    /// type <c>note</c>, from the author); without, they are left out.</summary>
    public static string ToText(TranscriptDocument document, bool includeNotes)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var item in document.Items)
        {
            if (item.Line is { } line)
                Row(csv, [Time(line.At), line.Direction, line.SenderName ?? "", line.Agent ?? "", line.Type, line.Text ?? ""]);
            else if (includeNotes && item.Note is { } note)
                Row(csv, [Time(note.At), NoteDirection, note.Author, "", NoteType, note.Text]);
        }
        foreach (var offer in document.Agreement)
        {
            var r = offer.Remedy;
            Row(csv, [Time(offer.OfferedAt), AgreementDirection, offer.OfferedBy, offer.ApprovedBy ?? "", "offer",
                string.Create(CultureInfo.InvariantCulture,
                    $"{offer.CaseNumber}: {r.Description} ({r.Kind}, {r.Cost:0.00} {r.Currency}, granted by {r.GrantedBy}; policy {offer.PolicyCode} v{offer.PolicyVersion})")]);
            Row(csv, offer.AnsweredAt is { } at
                ? [Time(at), AgreementDirection, "customer", "", "answer", $"{offer.CaseNumber}: {offer.Answer}"]
                : [Time(offer.OfferedAt), AgreementDirection, "customer", "", "answer", $"{offer.CaseNumber}: Open (went to a person before an answer)"]);
        }
        return csv.ToString();
    }

    /// <summary>The file: the byte-order mark, then the UTF-8 text.</summary>
    public static byte[] ToBytes(TranscriptDocument document, bool includeNotes) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ToText(document, includeNotes))];

    public static string Cell(string value)
    {
        value = FormulaGuard.Disarm(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Cell(cells[i]));
        }
        csv.Append("\r\n");
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

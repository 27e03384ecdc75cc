using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Privacy;
using AfterSalesBot.Escalation.Transcripts;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Supervisor;

/// <summary>
/// One conversation to read: customer on the left, bot and agents on the right, the cases opened from it, and their
/// internal notes in place when asked (<c>?notes=true</c>). Exports as a Bot Framework <c>.transcript</c> (never with
/// notes: it may leave the company), as CSV (notes as rows when asked) and as a printable page. Every view and export
/// is audited. Exports and the printable page mask the customer's contact data (<see cref="TranscriptMasking"/>) unless
/// <c>personal=true</c> asks for it, which is audited as <see cref="AuditActions.PersonalDataExported"/>.
/// </summary>
public sealed class TranscriptModel(ITranscripts transcripts, CaseFiles files) : ConsolePageModel
{
    public const string FormatTranscript = "transcript";
    public const string FormatCsv = "csv";
    public const string FormatPrint = "print";

    public TranscriptSummary Summary { get; private set; } = null!;
    public IReadOnlyList<EscalatedCase> Cases { get; private set; } = [];
    public TranscriptDocument Document { get; private set; } = null!;
    public bool WithNotes { get; private set; }
    public bool Printing { get; private set; }
    public int NoteCount { get; private set; }
    public bool WithPersonalData { get; private set; }

    public string Link => TranscriptsModel.TranscriptLink(Summary.ConversationId);

    public async Task<IActionResult> OnGetAsync(string conversationId, bool notes, CancellationToken ct)
    {
        if (!await LoadAsync(conversationId, notes, messagesOnly: true, ct)) return NotFound();
        await AuditAsync(AuditActions.TranscriptViewed, Summary.ConversationId, notes ? "with notes" : "without notes");
        return Page();
    }

    /// <summary>The same transcript on a plain page for paper, with a Print button.</summary>
    public async Task<IActionResult> OnGetPrintAsync(string conversationId, bool notes, bool personal, CancellationToken ct)
    {
        if (!await LoadAsync(conversationId, notes, messagesOnly: true, ct)) return NotFound();
        Printing = true;
        await ForExportAsync(personal, FormatPrint, notes);
        return Page();
    }

    /// <summary><c>format=transcript</c>: the activities as exchanged (JSON); <c>format=csv</c>: one row per activity,
    /// and per note with <c>notes=true</c>. Anything else is 400.</summary>
    public async Task<IActionResult> OnGetExportAsync(string conversationId, string? format, bool notes, bool personal, CancellationToken ct)
    {
        var csv = string.Equals(format, FormatCsv, StringComparison.OrdinalIgnoreCase);
        var transcript = string.Equals(format, FormatTranscript, StringComparison.OrdinalIgnoreCase);
        notes &= csv;
        if (!await LoadAsync(conversationId, notes, messagesOnly: false, ct)) return NotFound();
        if (!csv && !transcript) return BadRequest();
        await ForExportAsync(personal, csv ? FormatCsv : FormatTranscript, notes);
        return csv
            ? File(CsvTranscript.ToBytes(Document, notes), CsvTranscript.ContentType, DownloadName.For(Summary.ConversationId, CsvTranscript.Extension, "transcript"))
            : File(BotFrameworkTranscript.ToBytes(Document), BotFrameworkTranscript.ContentType,
                DownloadName.For(Summary.ConversationId, BotFrameworkTranscript.Extension, "conversation"));
    }

    public string ExportLink(string format, bool notes, bool personal = false) =>
        $"{Link}?handler=Export&format={format}{(notes ? "&notes=true" : "")}{(personal ? "&personal=true" : "")}";

    public string PrintLink(bool notes, bool personal = false) => $"{Link}?handler=Print&notes={(notes ? "true" : "false")}{(personal ? "&personal=true" : "")}";

    /// <summary>Masks the document unless personal data was asked for explicitly; audits either way.</summary>
    private async Task ForExportAsync(bool personal, string format, bool notes)
    {
        WithPersonalData = personal;
        if (!personal) Document = TranscriptMasking.Mask(Document);
        await AuditAsync(personal ? AuditActions.PersonalDataExported : AuditActions.TranscriptExported, Summary.ConversationId,
            Detail(format, notes) + (personal ? " personal=yes" : ""));
    }

    private static string Detail(string format, bool notes) => $"format={format} notes={(notes ? "yes" : "no")}";

    /// <param name="messagesOnly">For reading: the messages, not typing indicators and events (exports keep everything).</param>
    private async Task<bool> LoadAsync(string conversationId, bool notes, bool messagesOnly, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(conversationId)) return false;
        var summary = await transcripts.FindAsync(conversationId, ct);
        if (summary is null) return false;
        Summary = summary;
        var lines = await transcripts.ReadAsync(summary.ConversationId, 0, ct);
        var cases = await files.ForConversationAsync(summary.ConversationId, ct);
        Cases = cases.Cases;
        NoteCount = cases.Notes.Count;
        WithNotes = notes;
        Document = TranscriptDocument.Create(summary.ConversationId, messagesOnly ? lines.Where(l => l.Type == "message") : lines,
            notes ? cases.Notes : null, cases.Offers);
        return true;
    }
}

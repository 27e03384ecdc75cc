using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Privacy;

/// <summary>
/// A customer's rights over their data, for the bot (the customer asks in the chat) and the console (staff act for a
/// request that came another way): who the customer is (<see cref="ConversationPrivacy.SameCustomerAsync"/>), the legal
/// holds, a copy, the erasure. Every copy, erasure and refusal is audited.
/// </summary>
public sealed partial class CustomerDataRights(
    ConversationPrivacy conversations,
    CasePrivacy cases,
    AuditLog audit,
    IDbContextFactory<BotDbContext> factory,
    TimeProvider clock,
    IOptions<PrivacyOptions> options) : ICustomerDataRights
{
    /// <summary>The actor the audit log names for what a customer asked the bot.</summary>
    public const string CustomerActor = "customer";

    public const string CopyFilePrefix = "aftersales-my-data-";

    public PrivacyOptions Options => options.Value;

    /// <summary>The customer's conversations, from one of them or from a case number; empty when neither is known.</summary>
    public async Task<IReadOnlyList<string>> SubjectAsync(string reference, CancellationToken ct)
    {
        reference = reference.Trim();
        if (reference.Length == 0) return [];
        var conversationId = CaseNumber().IsMatch(reference) ? await cases.ConversationOfAsync(reference, ct) : reference;
        if (conversationId is null) return [];
        var ids = await conversations.SameCustomerAsync(conversationId, ct);
        if (ids.Count > 0) return ids;
        // A case whose conversation the bot no longer holds (or never did) is still the customer's data.
        return (await cases.WithCasesAsync([conversationId], ct)).Count > 0 ? [conversationId] : [];
    }

    /// <summary>The holds that refuse an erasure of <paramref name="subject"/> now; a refusal is audited.</summary>
    public async Task<IReadOnlyList<CaseHold>> HoldsAsync(IReadOnlyCollection<string> subject, string reference, string actor, CancellationToken ct)
    {
        var holds = await cases.HoldsAsync(subject, ct);
        if (holds.Count > 0)
            await audit.WriteAsync(actor, AuditActions.PersonalDataErasureRefused, reference,
                string.Join(", ", holds.Select(h => $"{h.CaseNumber} {h.Reason}")), ct: ct);
        return holds;
    }

    public async Task<CustomerDataFile?> CopyAsync(string reference, string actor, CancellationToken ct)
    {
        var ids = await SubjectAsync(reference, ct);
        if (ids.Count == 0) return null;
        var copies = await cases.CopyAsync(ids, ct);
        var now = clock.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var content = await CustomerDataDocument.BuildAsync(db, ids, copies, now, ct);
        await audit.WriteAsync(actor, AuditActions.PersonalDataCopied, reference, $"conversations={ids.Count} cases={copies.Count}", ct: ct);
        return new CustomerDataFile($"{CopyFilePrefix}{now:yyyyMMdd}.json", content, ids.Count, copies.Count);
    }

    public Task<ErasureResult> EraseAsync(string reference, string actor, CancellationToken ct) => EraseAsync(reference, actor, null, ct);

    /// <param name="live">The conversation the customer is asking in: it goes on, so it keeps one redacted transcript row.</param>
    public async Task<ErasureResult> EraseAsync(string reference, string actor, string? live, CancellationToken ct)
    {
        var ids = await SubjectAsync(reference, ct);
        if (ids.Count == 0) return ErasureResult.NotFound;
        var holds = await HoldsAsync(ids, reference, actor, ct);
        if (holds.Count > 0) return new ErasureResult(ErasureStatus.Held, holds, 0, []);
        var numbers = await cases.EraseAsync(ids, ct);
        var erased = await conversations.EraseAsync(ids, live, ct);
        await audit.WriteAsync(actor, AuditActions.PersonalDataErased, reference,
            $"conversations={erased} cases={(numbers.Count == 0 ? "none" : string.Join(",", numbers))}", ct: ct);
        return new ErasureResult(ErasureStatus.Erased, [], erased, numbers);
    }

    /// <summary>The file as an attachment of a reply: on the self-hosted Direct Line stored like an upload (served by an
    /// unguessable id, deleted with the uploads); elsewhere inline as a data URI.</summary>
    public async Task<Attachment> ShareAsync(Activity inbound, CustomerDataFile file, CancellationToken ct)
    {
        if (inbound.ChannelId != "directline" || inbound.ServiceUrl is null)
            return new Attachment { ContentType = CustomerDataFile.ContentType, Name = file.FileName,
                ContentUrl = "data:application/json;base64," + Convert.ToBase64String(file.Content) };
        var row = new DirectLineAttachment
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
            ConversationId = inbound.Conversation!.Id!,
            ContentType = CustomerDataFile.ContentType,
            Name = file.FileName,
            Content = file.Content,
            UploadedAt = clock.GetUtcNow(),
        };
        await using (var db = factory.CreateDbContext())
        {
            db.DirectLineAttachments.Add(row);
            await db.SaveChangesAsync(ct);
        }
        return new Attachment
        {
            ContentType = CustomerDataFile.ContentType,
            Name = file.FileName,
            ContentUrl = $"{inbound.ServiceUrl.TrimEnd('/')}/v3/directline/attachments/{row.Id}",
        };
    }

    /// <summary>The last four digits of a phone given on one of the customer's cases, the newest first; null if none.</summary>
    public async Task<string?> PhoneLastFourAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct) =>
        (await cases.CopyAsync(conversationIds, ct)).Select(c => c.Sheet.Phone).Reverse()
            .Select(p => p is null ? null : new string([.. p.Where(char.IsAsciiDigit)]))
            .FirstOrDefault(d => d is { Length: >= 4 }) is { } digits ? digits[^4..] : null;

    [GeneratedRegex(@"^AS-\d{8}-\d{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumber();
}

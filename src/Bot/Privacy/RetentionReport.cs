namespace AfterSalesBot.Bot.Privacy;

/// <summary>What one retention pass did, per kind (what the audit entry says).</summary>
public sealed record RetentionReport(int Conversations, int UnusedDirectLine, int Uploads, int DeliveryRows, int Cases, int AuditEntries,
    int OrphanedUploads = 0)
{
    public bool Any => Conversations + UnusedDirectLine + Uploads + DeliveryRows + Cases + AuditEntries + OrphanedUploads > 0;

    public override string ToString() =>
        $"conversations={Conversations} unused-directline={UnusedDirectLine} uploads={Uploads} inbox-outbox={DeliveryRows} cases={Cases} audit={AuditEntries} orphaned-uploads={OrphanedUploads}";
}

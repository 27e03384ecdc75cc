namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>Evidence a decision may still need (DOMAIN.md §4: a missing piece is named, not assumed).</summary>
public enum EvidenceKind
{
    Invoice,
    Photo,
    ErrorCode,
    Serial,
}

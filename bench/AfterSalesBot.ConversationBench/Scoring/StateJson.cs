using System.Text.Json;

namespace AfterSalesBot.ConversationBench.Scoring;

/// <summary>The few fields of the complaint state (JSON, web casing, enums as strings) the scoring needs.</summary>
public static class StateJson
{
    public static StoredConversation Read(string? json, IReadOnlyList<StoredCase> cases, IReadOnlyList<StoredOffer> ledger)
    {
        if (string.IsNullOrEmpty(json))
            return new StoredConversation(null, null, null, null, ledger, cases);
        using var document = JsonDocument.Parse(json);
        var state = document.RootElement;
        var offerLog = state.TryGetProperty("offerLog", out var log) && log.ValueKind == JsonValueKind.Array
            ? log.EnumerateArray().Select(LogEntry).OfType<StoredOffer>()
            : [];
        var offers = ledger.Concat(offerLog.Where(o => ledger.All(l => l.Id != o.Id))).OrderBy(o => o.OfferedAt).ToList();
        return new StoredConversation(
            String(state, "verdict"), String(state, "language"), String(state, "caseNumber"),
            state.TryGetProperty("offeredAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : null,
            offers, cases);
    }

    private static StoredOffer? LogEntry(JsonElement entry) =>
        entry.TryGetProperty("remedy", out var remedy) && String(remedy, "kind") is { } kind
            && entry.TryGetProperty("offeredAt", out var at) && at.ValueKind == JsonValueKind.String
            ? new StoredOffer(entry.GetProperty("id").GetGuid(), kind, String(entry, "offeredBy") ?? "bot", at.GetDateTimeOffset())
            : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

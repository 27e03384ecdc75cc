using System.Text.Encodings.Web;
using System.Text.Json;

namespace AfterSalesBot.ConversationBench.Report;

/// <summary>The same numbers as <see cref="TextReport"/>, and every scenario's facts and transcript, as JSON.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese readable in the file
    };

    public static async Task WriteAsync(IReadOnlyList<ScenarioResult> results, string path, CancellationToken ct)
    {
        var report = new
        {
            Groups = TextReport.Tallies(results).Select(t => new
            {
                t.Group,
                t.Scenarios,
                t.Right,
                Facts = t.PerFact.ToDictionary(f => f.Key, f => new { f.Value.Right, f.Value.Scored }),
                t.DeadEnds,
                t.AskedAgain,
                t.Failures,
            }),
            Scenarios = results.Select(r => new
            {
                r.Name,
                r.Language,
                r.Right,
                Facts = r.Facts.Select(f => new { f.Name, f.Expected, f.Actual, f.Right }),
                r.Conversation.DeadEnd,
                r.Conversation.LastBotReply,
                r.Conversation.AskedAgain,
                r.Conversation.Failures,
                r.Conversation.CustomerMessages,
                r.Conversation.ConversationId,
                r.Conversation.Transcript,
            }),
        };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Options, ct);
    }
}

using AfterSalesBot.Bench.DirectLine;
using AfterSalesBot.ConversationBench.Channel;
using AfterSalesBot.ConversationBench.Customer;
using AfterSalesBot.ConversationBench.Report;
using AfterSalesBot.ConversationBench.ScenarioFiles;
using AfterSalesBot.ConversationBench.Scoring;

namespace AfterSalesBot.ConversationBench;

/// <summary>Plays every scenario against one host, a few at a time, and scores each from the host's storage.</summary>
public sealed class BenchRun(DirectLineClient client, HostStorage storage, int parallel, bool verbose, TextWriter progress,
    Typing typing = Typing.AsWritten)
{
    private readonly Lock _gate = new();
    private int _done;

    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(IReadOnlyList<Scenario> scenarios, CancellationToken ct)
    {
        var results = new ScenarioResult[scenarios.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, scenarios.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) => results[i] = Report(await PlayAsync(scenarios[i], i, token), scenarios.Count));
        return results;
    }

    private async Task<ScenarioResult> PlayAsync(Scenario scenario, int index, CancellationToken ct)
    {
        ConversationRecord conversation;
        try
        {
            var channel = await CustomerChannel.OpenAsync(client, $"dl_convbench-{index}", scenario.Locale, scenario.TimeZone, ct);
            conversation = await new ScenarioCustomer(scenario, channel, typing).PlayAsync(ct);
        }
        catch (Exception e) when (e is DirectLineException or HttpRequestException)
        {
            conversation = new ConversationRecord { DeadEnd = $"could not open the conversation: {e.Message}", Failures = 1 };
        }

        var stored = conversation.ConversationId is { } id
            ? await storage.ReadAsync(id, ct)
            : new StoredConversation(null, null, null, null, [], []);
        return new ScenarioResult(scenario.Name, scenario.Language, conversation,
            FactCheck.Compare(scenario.Expect, OutcomeFacts.Of(stored, conversation)));
    }

    private ScenarioResult Report(ScenarioResult result, int total)
    {
        lock (_gate)
        {
            _done++;
            var verdict = result.Right ? "right" : "WRONG";
            progress.WriteLine($"[{_done}/{total}] {result.Name}: {verdict}{(result.DeadEnd ? ", dead-end" : "")}");
            if (verbose)
                progress.WriteLine(string.Join(Environment.NewLine, result.Conversation.Transcript));
        }

        return result;
    }
}

using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Conversations;

/// <summary>The log's sequence numbers when another instance appends to the same conversation (ADR 0028).</summary>
public sealed class ConversationLogTests : IAsyncLifetime
{
    private PipelineHost _host = null!;

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnotherInstancesCommitMovesTheNextSequencePastItAndNeverBack()
    {
        var log = _host.Get<ConversationLog>();
        var (conversation, user) = await _host.OpenConversationAsync();
        Assert.Equal(1, (await log.AppendAsync(TurnPipelineTests.UserMessage(conversation, user, "hello"), TranscriptDirection.Inbound, true, default)).Sequence);

        // Another instance committed up to 4 (its notice): appending 2 would collide on the key.
        log.Observe(conversation, 4);
        Assert.Equal(5, (await log.AppendAsync(TurnPipelineTests.UserMessage(conversation, user, "again"), TranscriptDirection.Inbound, true, default)).Sequence);
        // An old notice arriving late changes nothing.
        log.Observe(conversation, 3);
        Assert.Equal(6, (await log.AppendAsync(TurnPipelineTests.UserMessage(conversation, user, "and again"), TranscriptDirection.Inbound, true, default)).Sequence);
    }
}

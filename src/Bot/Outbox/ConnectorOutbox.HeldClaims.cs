using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>
/// A claim lasts as long as its holder is sending (ADR 0044). One send can outlast <see cref="OutboxOptions.ClaimLease"/>:
/// the connector client's own retries wait out a channel's Retry-After and its backoff (up to about 5 min with the
/// defaults), and a loaded machine slows every step. A claim that ran out mid-send let a dispatcher (of this instance or
/// another) take the reply and send it beside the first send, and the channel accepted it twice. So while a send runs,
/// every third of the lease the holder extends the claims it still holds; only a holder that died or stalled lets them run out.
/// </summary>
public sealed partial class ConnectorOutbox
{
    /// <summary>Keeps this instance's claims on <paramref name="sequences"/> of the conversation, held at
    /// <paramref name="version"/>, until disposed. A send shorter than a third of the lease costs no write.</summary>
    private HeldClaims Hold(string conversationId, long[] sequences, int version) => new(this, conversationId, sequences, version);

    private sealed class HeldClaims : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public HeldClaims(ConnectorOutbox outbox, string conversationId, long[] sequences, int version) =>
            _renewing = outbox.RenewAsync(conversationId, sequences, version, _stop.Token);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            _stop.Dispose();
        }
    }

    private async Task RenewAsync(string conversationId, long[] sequences, int version, CancellationToken stop)
    {
        var every = Options.ClaimLease / 3;
        while (true)
        {
            try
            {
                await Task.Delay(every, clock, stop);
                var until = clock.GetUtcNow() + Options.ClaimLease;
                // Only the claims this send holds: an outcome, a release or a take-over moved the version on.
                await writer.WriteAsync(db => db.Outbox
                    .Where(o => o.ConversationId == conversationId && sequences.Contains(o.Sequence) && o.Version == version
                        && o.ClaimedBy == Instance && (o.State == OutboxState.Pending || o.State == OutboxState.Failed))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.ClaimedUntil, until), CancellationToken.None), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The next renewal tries again; if none lands, the claim runs out as it would for a dead holder.
                LogRenewalFailed(logger, conversationId, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox claims on replies to {ConversationId} could not be renewed; the next renewal tries again.")]
    private static partial void LogRenewalFailed(ILogger logger, string conversationId, Exception ex);
}

namespace AfterSalesBot.Bot.Conversations.Understanding;

/// <summary>
/// One customer turn's share of the language model: a time budget that every model call in the turn spends
/// together (the channel allows 15 seconds for the whole turn), and the tokens those calls used. Without a
/// model the budget never runs out and nothing is spent.
/// </summary>
public sealed class ModelTurn : IDisposable
{
    private readonly CancellationTokenSource? _budget;
    private int _inputTokens;
    private int _outputTokens;

    private ModelTurn(string conversationId, CancellationTokenSource? budget)
    {
        ConversationId = conversationId;
        _budget = budget;
    }

    /// <summary>A turn without a model.</summary>
    public static ModelTurn Unbudgeted(string conversationId) => new(conversationId, null);

    /// <summary>A turn whose model calls must all finish within <paramref name="budget"/> of now.</summary>
    public static ModelTurn Budgeted(string conversationId, TimeSpan budget, TimeProvider clock) =>
        new(conversationId, new CancellationTokenSource(budget, clock));

    public string ConversationId { get; }

    /// <summary>Cancelled when the turn's budget has been spent.</summary>
    public CancellationToken Budget => _budget?.Token ?? CancellationToken.None;

    public bool Spent => _budget?.IsCancellationRequested == true;

    public int InputTokens => Volatile.Read(ref _inputTokens);
    public int OutputTokens => Volatile.Read(ref _outputTokens);
    public int Tokens => InputTokens + OutputTokens;

    public void AddUsage(int input, int output)
    {
        Interlocked.Add(ref _inputTokens, input);
        Interlocked.Add(ref _outputTokens, output);
    }

    public void Dispose() => _budget?.Dispose();
}

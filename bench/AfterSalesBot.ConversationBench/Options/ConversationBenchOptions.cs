namespace AfterSalesBot.ConversationBench.Options;

/// <summary>What one run plays and where it reports.</summary>
/// <param name="ScenariosFolder">Holds the set folders (<c>dev/</c>, <c>holdout/</c>, <c>fresh/</c>, <c>fresh-holdout/</c>); default the Scenarios folder beside this project.</param>
/// <param name="Set">dev, holdout, fresh, fresh-holdout, a stranger round roundN[-holdout], or all (dev and holdout).</param>
/// <param name="Filter">Only scenario files whose path contains it (ordinal, case-insensitive).</param>
/// <param name="Parallel">Customers talking to the host at once (default 4).</param>
/// <param name="Typing">As written, or casual (lower case, no punctuation): see <see cref="Customer.TypingStyle"/>.</param>
/// <param name="ServerPath">The host's AfterSalesBot.Bot.dll; default the Release build in the repository.</param>
public sealed record ConversationBenchOptions(
    string? ScenariosFolder, string Set, string? Filter, int Parallel, bool Verbose, string? JsonPath, string? ServerPath,
    bool ShowHelp, Customer.Typing Typing = Customer.Typing.AsWritten);

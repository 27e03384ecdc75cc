namespace AfterSalesBot.Bench.Load;

/// <summary>A phase stops issuing turns at whichever bound it reaches first, then waits for the turns in flight.</summary>
public sealed record PhaseBounds(int MaxTurns, TimeSpan Duration);

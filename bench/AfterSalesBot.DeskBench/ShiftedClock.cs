namespace AfterSalesBot.DeskBench;

/// <summary>The system clock moved on by <see cref="Offset"/>: a scheduler that runs "days later" without waiting.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

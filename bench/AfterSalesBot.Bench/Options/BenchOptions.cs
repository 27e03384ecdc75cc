namespace AfterSalesBot.Bench.Options;

/// <summary>The bench's parameters. Every phase is bounded by both <see cref="Turns"/> and <see cref="Duration"/>.</summary>
public sealed record BenchOptions
{
    /// <summary>Concurrent conversations in the load phases. Default 100.</summary>
    public int Conversations { get; init; } = 100;

    /// <summary>Maximum turns in each load phase. Default 20,000.</summary>
    public int Turns { get; init; } = 20_000;

    /// <summary>Maximum time during which a phase issues turns. Default 20 s.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Offered load of the latency phases in turns/s, open-loop; 0 means closed-loop. Default 1,000.</summary>
    public int Rate { get; init; } = 1_000;

    /// <summary>Conversations opened and held for the memory phase. Default 10,000.</summary>
    public int Open { get; init; } = 10_000;

    /// <summary>
    /// Maximum time the memory phase spends opening its <see cref="Open"/> conversations. Default 180 s: opening one is a
    /// token, a start, a WebSocket and a turn, a few hundred a second on two cores, so the load phases' <see cref="Duration"/>
    /// (10-20 s) stopped it at about 3,600 of 10,000.
    /// </summary>
    public TimeSpan OpenDuration { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>Time a turn may take, post to reply visible, before it counts as failed. Default 5 s.</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Warm-up bound in turns, per path (also bounded by <see cref="WarmUpDuration"/>). Default 20,000: time bounds it.</summary>
    public int WarmUpTurns { get; init; } = 20_000;

    /// <summary>
    /// Closed-loop warm-up of each path (Direct Line, then <c>/api/messages</c>) before its measured phases, in time.
    /// Default 30 s (<c>--warm-up</c>; 0 = none). The host JIT-compiles for tens of seconds under load (ADR 0034: 29 % of
    /// its CPU in the first closed phase, which the old 1,000-turn or 5 s warm-up ended long before); the connector path
    /// runs code the Direct Line warm-up never reached. After 10 s the first Direct Line phase was still 10-30 % below
    /// the second, after 30 s it was not (ADR 0036).
    /// </summary>
    public TimeSpan WarmUpDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Idle time after each warm-up, before the measured phases. Default 2 s. Tiered compilation promotes hot methods on a
    /// background thread that a saturating load starves (ADR 0034: 850 methods compiled per 2 s, 25-40 s after start);
    /// a quiet moment lets it finish what the warm-up queued, so the first measured phase runs the optimised code.
    /// </summary>
    public TimeSpan WarmUpPause { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Turns each conversation of the long-conversation run reaches (<c>--turns-per-conversation</c>); 0 = the normal run.
    /// When set, the run warms up both paths, then drives <see cref="LongConversations"/> fresh conversations per path
    /// through bands of turn numbers (1-10, 11-50, 51-200, 201-500, ... up to this) and prints the host's CPU, allocation
    /// and latency per turn for each band: what makes a turn dearer as its conversation grows (issue 14, ADR 0052).
    /// </summary>
    public int TurnsPerConversation { get; init; }

    /// <summary>Conversations driven together in the long-conversation run, per path (<c>--long-conversations</c>). Default
    /// 20: enough turns in the first band (1-10) for the host's CPU clock, which ticks every 10 ms.</summary>
    public int LongConversations { get; init; } = 20;

    public Transport Transport { get; init; } = Transport.WebSocket;

    /// <summary>Path to AfterSalesBot.Bot.dll; null means the Release build under the repository root.</summary>
    public string? ServerPath { get; init; }

    /// <summary>Base URL of an already-running server; null means the bench starts its own.</summary>
    public Uri? Url { get; init; }

    /// <summary>Direct Line secret of the server given by <see cref="Url"/>.</summary>
    public string? Secret { get; init; }

    /// <summary>Process id of the server given by <see cref="Url"/>, to read its memory.</summary>
    public int? Pid { get; init; }

    /// <summary>Where to write the numbers as JSON; null means stdout only.</summary>
    public string? JsonPath { get; init; }

    public bool Quick { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>A smoke run for CI: a few hundred turns, a few seconds per phase.</summary>
    public static BenchOptions QuickDefaults { get; } = new()
    {
        Conversations = 10,
        Turns = 300,
        Duration = TimeSpan.FromSeconds(3),
        Rate = 100,
        Open = 50,
        OpenDuration = TimeSpan.FromSeconds(10),
        WarmUpTurns = 100,
        WarmUpDuration = TimeSpan.FromSeconds(2),
        WarmUpPause = TimeSpan.Zero,
        Quick = true,
    };
}

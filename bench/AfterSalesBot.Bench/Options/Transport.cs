namespace AfterSalesBot.Bench.Options;

/// <summary>How the client learns that the bot's reply is visible.</summary>
public enum Transport
{
    /// <summary>One WebSocket per conversation on the Direct Line <c>streamUrl</c> (DirectLineJS's default).</summary>
    WebSocket,

    /// <summary><c>GET /activities?watermark=</c> every 50 ms while a reply is awaited.</summary>
    Polling,
}

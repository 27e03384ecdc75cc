using System.Globalization;

namespace AfterSalesBot.Bench.Options;

/// <summary>Parses <c>--flag value</c> and <c>--flag=value</c>; <c>--quick</c> sets the base that other flags override.</summary>
public static class BenchOptionsParser
{
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick") ? BenchOptions.QuickDefaults : new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, inline) = Split(args[i]);
            string Value() => inline ?? (++i < args.Count ? args[i] : throw new UsageException($"{flag} needs a value"));
            options = flag switch
            {
                "--quick" => options,
                "--help" or "-h" => options with { ShowHelp = true },
                "--conversations" => options with { Conversations = Int(flag, Value(), min: 1) },
                "--turns" => options with { Turns = Int(flag, Value(), min: 1) },
                "--duration" => options with { Duration = Seconds(flag, Value()) },
                "--rate" => options with { Rate = Int(flag, Value(), min: 0) },
                "--open" => options with { Open = Int(flag, Value(), min: 0) },
                "--open-duration" => options with { OpenDuration = Seconds(flag, Value()) },
                "--timeout" => options with { TurnTimeout = Seconds(flag, Value()) },
                "--warm-up" => options with { WarmUpDuration = SecondsOrZero(flag, Value()) },
                "--transport" => options with { Transport = TransportOf(Value()) },
                "--server" => options with { ServerPath = Value() },
                "--url" => options with { Url = UrlOf(Value()) },
                "--secret" => options with { Secret = Value() },
                "--pid" => options with { Pid = Int(flag, Value(), min: 1) },
                "--turns-per-conversation" => options with { TurnsPerConversation = Int(flag, Value(), min: 1) },
                "--long-conversations" => options with { LongConversations = Int(flag, Value(), min: 1) },
                "--json" => options with { JsonPath = Value() },
                _ => throw new UsageException($"unknown flag {args[i]}"),
            };
        }

        if (options.Url is not null && string.IsNullOrEmpty(options.Secret))
            throw new UsageException("--url needs --secret (the server's DirectLine__Secret)");
        return options;
    }

    private static (string Flag, string? Inline) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }

    private static int Int(string flag, string value, int min) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new UsageException($"{flag} must be an integer >= {min}, not '{value}'");

    private static TimeSpan Seconds(string flag, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
            ? TimeSpan.FromSeconds(s)
            : throw new UsageException($"{flag} must be a positive number of seconds, not '{value}'");

    private static TimeSpan SecondsOrZero(string flag, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
            ? TimeSpan.FromSeconds(s)
            : throw new UsageException($"{flag} must be a number of seconds >= 0, not '{value}'");

    private static Transport TransportOf(string value) => value.ToUpperInvariant() switch
    {
        "WEBSOCKET" or "WS" => Transport.WebSocket,
        "POLLING" => Transport.Polling,
        _ => throw new UsageException($"--transport must be websocket or polling, not '{value}'"),
    };

    private static Uri UrlOf(string value) =>
        Uri.TryCreate(value.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new UsageException($"--url must be an absolute http(s) URL, not '{value}'");
}

using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Backplane;

/// <summary>
/// Section "Redis": the backplane the instances of one deployment share (ADR 0027). Off unless
/// <see cref="Configuration"/> is set: a single instance needs no Redis and loads nothing of it.
/// </summary>
public sealed class RedisBackplaneOptions
{
    public const string Section = "Redis";

    /// <summary>Where Redis is, in StackExchange.Redis syntax (<c>redis.internal:6379,password=…,ssl=true</c>). Default:
    /// empty, no backplane: the Direct Line stream and the console's live updates reach this instance's clients only.
    /// Every instance of a deployment must name the same Redis. Set it from the environment (<c>Redis__Configuration</c>)
    /// when it carries a password.</summary>
    public string Configuration { get; set; } = "";

    /// <summary>Put before every channel name, so deployments (production, staging) can share one Redis without
    /// hearing each other. Default: <c>aftersalesbot</c>.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "Redis:ChannelPrefix must be 1 to 64 letters, digits, dots, dashes or underscores.")]
    public string ChannelPrefix { get; set; } = "aftersalesbot";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}

using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>The conversation lease across instances (ADR 0028), section <c>ConversationLease</c>.</summary>
public sealed class ConversationLeaseOptions
{
    public const string Section = "ConversationLease";

    /// <summary>How long a lease holds without renewal; a dead owner's conversations are taken over after at most this
    /// plus <see cref="PollInterval"/>. It must exceed the clock skew between instances plus the longest pause an owner
    /// may take (GC, VM). Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an instance looks for work the lease brings it: activities other instances accepted for
    /// conversations it holds, and leases that ran out. Real time, whatever clock is injected (<see cref="PollPace"/>).
    /// Default 250 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long an owner keeps an idle conversation before giving it up, so a customer typing the next message
    /// finds the lease still held and costs no database round trip. Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan IdleRelease { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a conversation this instance holds counts as shared after another instance last appended to it
    /// (seen as a gap in this instance's own sequences, by a drain, by a backplane notice or by a collision): meanwhile
    /// its appends here, the owner's turn commits above all, are saved behind a savepoint, since another instance may
    /// append again before this one has seen it (ADR 0054). Under round robin that is every conversation; routed by
    /// conversation, none. Zero leaves only ADR 0048's rule. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SharedFor { get; set; } = TimeSpan.FromSeconds(30);
}

using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Privacy;

/// <summary>The <c>Privacy</c> section: the notice the first message gives, and how long each kind of data is kept.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The operator's privacy policy (an absolute http or https address), linked from the first message. Empty:
    /// the notice names no link.</summary>
    public string? PolicyUrl { get; set; }

    public bool HasValidPolicyUrl => string.IsNullOrWhiteSpace(PolicyUrl)
        || Uri.TryCreate(PolicyUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [Required]
    public RetentionOptions Retention { get; set; } = new();
}

/// <summary>Retention periods per kind (ADR 0018). Defaults are set for Chinese after-sales practice under PIPL: long enough
/// for the one-year warranty, the follow-up and a dispute after it, and no longer.</summary>
public sealed class RetentionOptions
{
    /// <summary>Conversations (transcript, state, uploads) from which a case was opened, counted from their last message once
    /// every case is finished. Default 730 days (2 years: the warranty year and a year for disputes).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan ClosedCaseConversations { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Conversations without a case (questions, abandoned complaints), from their last message. Default 180 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan InactiveConversations { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Files customers uploaded (and copies of their data the bot sent them), from the upload. Default 180 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan Uploads { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Uploaded files no stored activity refers to (left by versions that stored a file before its message was
    /// accepted, or by a crash between the two), from the upload. Default 1 day.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "3650.00:00:00")]
    public TimeSpan OrphanedUploads { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Processed inbox rows and delivered or parked outbox rows (the transcript keeps the activities). Default 30 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan InboxOutbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Cases keep their business facts for good; the customer's contact data goes this long after the case was
    /// resolved or closed. Default 1,095 days (3 years).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan ClosedCases { get; set; } = TimeSpan.FromDays(1095);

    /// <summary>Staff audit log entries. Default 1,095 days (3 years).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan AuditLog { get; set; } = TimeSpan.FromDays(1095);

    /// <summary>How often the job runs. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Conversations (or rows) per transaction, so turns keep committing between batches. Default 200.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Off: nothing expires (for a deployment that keeps data under its own rules). Default on.</summary>
    public bool Enabled { get; set; } = true;
}

namespace AfterSalesBot.Bench.Ceiling;

/// <summary>An activity held by the ceiling: the user's echo or the canned reply.</summary>
public sealed record CeilingActivity(string Id, string FromId, string Role, string? ReplyToId, string? ClientActivityId, string Text);

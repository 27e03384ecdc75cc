using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>
/// <c>Escalation:FollowUpAfter</c> (a duration) is deprecated: <c>FollowUp:DelayHours</c> is the one follow-up delay, for
/// actions marked done and for hand-backs at "schedule the follow-up" alike. The old key is still read, but only when
/// the new one is not set, so an existing configuration keeps its delay until it is moved.
/// </summary>
public static class DeprecatedFollowUpAfter
{
    public const string Key = "Escalation:FollowUpAfter";

    public static readonly string NewKey = FollowUpOptions.Section + ":" + nameof(FollowUpOptions.DelayHours);

    /// <summary>Copies the old key into <paramref name="options"/> when only it is set; true when it did.</summary>
    /// <exception cref="InvalidOperationException">The old key is set but is not a non-negative duration.</exception>
    public static bool Apply(FollowUpOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var old = configuration[Key];
        if (string.IsNullOrWhiteSpace(old) || !string.IsNullOrWhiteSpace(configuration[NewKey])) return false;
        if (!TimeSpan.TryParse(old, CultureInfo.InvariantCulture, out var after) || after < TimeSpan.Zero)
            throw new InvalidOperationException(
                $"{Key} is \"{old}\", which is not a duration such as 3.00:00:00. The key is deprecated: set {NewKey} (hours) instead.");
        options.DelayHours = after.TotalHours;
        return true;
    }

    /// <summary>The warning to log at start-up when the old key is present, or null.</summary>
    public static string? Warning(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration[Key]) ? null
        : string.IsNullOrWhiteSpace(configuration[NewKey])
            ? $"{Key} is deprecated and is used as {NewKey} because that is not set; move the value to {NewKey} (hours)."
            : $"{Key} is deprecated and ignored because {NewKey} is set; remove it.";
}

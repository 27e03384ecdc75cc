namespace AfterSalesBot.Escalation.Cases;

/// <summary>A committed change to a case: <paramref name="Kind"/> is one of <see cref="CaseEventKinds"/>.</summary>
public sealed record CaseChange(string Number, string Kind);

/// <summary>
/// The in-process signal raised after every committed change to a case (open, take, release, transfer, reopen,
/// resolve, hand-back), so the queue notifier and the console react at once instead of polling. Raised after the
/// commit: a listener that looks finds the change. Other instances of the host do not hear it; they catch up at
/// their next periodic pass.
/// </summary>
public sealed class CaseChanges
{
    public event Action<CaseChange>? Changed;

    internal void Raise(string number, string kind) => Changed?.Invoke(new CaseChange(number, kind));
}

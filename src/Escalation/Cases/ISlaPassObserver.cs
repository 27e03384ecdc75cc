namespace AfterSalesBot.Escalation.Cases;

/// <summary>Told the outcome of every SLA pass; the host counts warnings and breaches in its telemetry.</summary>
public interface ISlaPassObserver
{
    void Passed(SlaCheckResult result);
}

namespace AfterSalesBot.Escalation.Console;

/// <summary>Short names for the pages: <c>@T("Nav.Queue")</c>.</summary>
public static class L
{
    public static string T(string name, params object?[] args) => ConsoleTexts.Get(name, args);
}

using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Tests.Escalation;

internal static class CaseBuilders
{
    /// <summary>A sheet with every field set, in Chinese where a customer would write Chinese.</summary>
    public static CaseSheet FullSheet(string conversationId = "conv-1") => new()
    {
        ConversationId = conversationId,
        Model = "JZT-Q5",
        ProductName = "燃气灶 Q5",
        Serial = "JQ500000001",
        OrderNumber = "ORD-2026-0042",
        SaleDate = new DateOnly(2026, 3, 14),
        Problem = "点火后火焰忽大忽小，有煤气味",
        Symptoms = ["IGNITION", "GAS_SMELL"],
        StartedOn = new DateOnly(2026, 11, 20),
        Circumstances = new Dictionary<string, bool> { ["USER_DAMAGE"] = false, ["VOLTAGE"] = true, ["MODIFICATION"] = false },
        Wants = "replacement",
        Demand = "换一台新的，并赔偿误工费",
        CustomerName = "王小明",
        Phone = "+86 138-1234-5678",
        Email = "wang@example.cn",
        Location = "上海市浦东新区",
        Zone = "CITY",
        CoverageVerdict = "NeedsReview",
        CoverageReasons = [new SheetReason("IN_WARRANTY", "保修期内"), new SheetReason("VOLTAGE", "Unstable voltage reported")],
        RemediesOffered = [new SheetRemedy("FreeRepair", 0m, "CNY", "policy", "免费维修")],
        RemediesRefused = [new SheetRemedy("PaidRepair", 120.50m, "CNY", "bot", "Paid repair, parts 120.50")],
        Anger = 2,
        Urgent = true,
        Hazard = "煤气味",
    };

    public static OpenCaseRequest Open(CasePriority priority = CasePriority.Normal, int firstResponseHours = 24, int resolutionHours = 48,
        string conversationId = "conv-1") =>
        new(conversationId, "webchat", "zh-CN", EscalationReason.CustomerAskedForPerson, priority, FullSheet(conversationId),
            firstResponseHours, resolutionHours);

    public static AgreementRequest Agreement(DateTimeOffset acceptedAt, int actionHours = 48) =>
        new("conv-2", "webchat", "en-US", "bot", new SheetRemedy("FreeRepair", 0m, "CNY", "policy", "Free repair of the igniter"),
            "KITCHEN-STD", 3, acceptedAt.AddMinutes(-2), acceptedAt, FullSheet("conv-2") with { Urgent = false }, actionHours);
}

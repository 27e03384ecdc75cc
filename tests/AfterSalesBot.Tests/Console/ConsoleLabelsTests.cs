using System.Globalization;
using System.Reflection;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Console;

/// <summary>Issue 15, item 3: every code a staff screen shows has an English and a Chinese label, so no screen shows
/// <c>CoveredWithFee</c>, <c>BeyondBotAuthority</c>, <c>NO_HOT_WATER</c> or <c>first-response</c> as it is in code.</summary>
public sealed class ConsoleLabelsTests
{
    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    public static TheoryData<string, string> Codes()
    {
        var data = new TheoryData<string, string>();
        void Add(string group, IEnumerable<string> codes) { foreach (var code in codes) data.Add(group, code); }
        Add(ConsoleLabels.VerdictGroup, Enum.GetNames<Verdict>());
        Add(ConsoleLabels.ReasonCodeGroup, Constants(typeof(ReasonCodes)));
        Add(ConsoleLabels.SymptomGroup, SymptomWords.All.Select(s => s.Code).Distinct());
        Add(ConsoleLabels.EscalationReasonGroup, Enum.GetNames<EscalationReason>());
        Add(ConsoleLabels.PriorityGroup, Enum.GetNames<CasePriority>());
        Add(ConsoleLabels.StatusGroup, Enum.GetNames<CaseStatus>());
        Add(ConsoleLabels.DeadlineGroup, [SlaMonitor.FirstResponse, SlaMonitor.Resolution]);
        Add(ConsoleLabels.EventGroup, Constants(typeof(CaseEventKinds)));
        Add(ConsoleLabels.RemedyGroup, Enum.GetNames<RemedyKind>());
        Add("Remedy.Money", Enum.GetNames<RemedyMoney>());
        Add("Role", StaffRoles.All);
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasAnEnglishAndAChineseLabel(string group, string code)
    {
        var name = group + "." + code;
        foreach (var culture in new[] { ConsoleTexts.English, ConsoleTexts.Chinese })
            Assert.True(ConsoleTexts.Names(culture).Contains(name), $"No {culture.Name} label {name}");
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ConsoleTexts.Chinese;
            Assert.NotEqual(code, ConsoleLabels.Of(group, code));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData(CaseEventKinds.Opened, "BeyondBotAuthority", "Beyond the bot's authority")]
    [InlineData(CaseEventKinds.SlaBreached, "first-response", "first response")]
    [InlineData(CaseEventKinds.Released, "li", "li")]
    public void EventDetailsThatAreCodesAreLabelled(string kind, string detail, string shown)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ConsoleTexts.English;
            Assert.Equal(shown, ConsoleLabels.EventDetail(kind, detail));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void ACodeNoLabelKnowsIsShownAsItIs() => Assert.Equal("LOCAL_RULE_7", ConsoleLabels.Of(ConsoleLabels.ReasonCodeGroup, "LOCAL_RULE_7"));
}

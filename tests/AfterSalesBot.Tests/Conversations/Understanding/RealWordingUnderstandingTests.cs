using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// New wording from real customers (issue 12), read by the rule-based interpreter: which fact a date belongs to, loose
/// words that must not become a cost-shifting circumstance, consumables, symptoms, the language written, questions.
/// Today is Sunday 2026-11-22 in Shanghai.
/// </summary>
public sealed class RealWordingUnderstandingTests
{
    [Theory]
    [InlineData("We bought it almost exactly a year ago and now it won't light", DateRole.Purchase)]
    [InlineData("your engineer came in October and it still leaks", DateRole.Repair)]
    [InlineData("it was repaired in June", DateRole.Repair)]
    [InlineData("it was installed on Saturday", DateRole.Installation)]
    [InlineData("it stopped lighting on Saturday", DateRole.Start)]
    [InlineData("leaking since yesterday", DateRole.Start)]
    [InlineData("去年三月买的", DateRole.Purchase)]
    [InlineData("你们师傅十月份来过", DateRole.Repair)]
    [InlineData("已经修过两次了，九月初一次，十月底一次", DateRole.Repair)]
    [InlineData("前天开始不出热水", DateRole.Start)]
    public void ADateBelongsToTheFactItIsSaidAbout(string text, DateRole role)
    {
        var dates = Interpret(text).Dates;
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Equal(role, d.Role));
    }

    /// <summary>Typed on a phone without punctuation, one clause holds several dates: each goes with the cue nearest it.</summary>
    [Theory]
    [InlineData("q5 hob bought last december right burner wont light since the 25th", "last december", DateRole.Purchase, "the 25th", DateRole.Start)]
    [InlineData("we bought it in march and it stopped heating on the 3rd", "march", DateRole.Purchase, "the 3rd", DateRole.Start)]
    [InlineData("your engineer came in october it broke again yesterday", "october", DateRole.Repair, "yesterday", DateRole.Start)]
    [InlineData("上周买的灶今天就坏了", "上周", DateRole.Purchase, "今天", DateRole.Start)]
    [InlineData("去年双十一买的 前天开始漏水", "去年双十一", DateRole.Purchase, "前天", DateRole.Start)]
    public void InOneUnpunctuatedClauseEachDateGoesWithItsNearestCue(string text, string first, DateRole firstRole, string second, DateRole secondRole)
    {
        var dates = Interpret(text).Dates;

        var read = string.Join("; ", dates.Select(d => $"{d.Text} {d.Date} {d.Role}"));
        Assert.True(dates.Any(d => d.Text.Contains(first, StringComparison.OrdinalIgnoreCase) && d.Role == firstRole), read);
        Assert.True(dates.Any(d => d.Text.Contains(second, StringComparison.OrdinalIgnoreCase) && d.Role == secondRole), read);
    }

    [Theory]
    [InlineData("It has been fixed twice already")]
    [InlineData("your technician repaired it last month")]
    [InlineData("你们的师傅上次来修过")]
    [InlineData("电压也正常")]
    [InlineData("the voltage is fine")]
    [InlineData("my son noticed it is leaking")]
    public void LooseWordsAreNoCostShiftingCircumstance(string text) =>
        Assert.DoesNotContain(Interpret(text).Causes, c => c.Value);

    [Theory]
    [InlineData("I dropped it", "USER_DAMAGE")]
    [InlineData("a local repair shop looked at it", "UNAUTHORISED_REPAIR")]
    [InlineData("在外面小店修过", "UNAUTHORISED_REPAIR")]
    [InlineData("那天电压不稳跳闸了", "VOLTAGE")]
    [InlineData("my husband opened it up", "DISASSEMBLY")]
    public void PlainWordsNameTheCircumstance(string text, string cause) =>
        Assert.True(Interpret(text).Causes[cause]);

    [Theory]
    [InlineData("感光鼓划伤了", "DRUM")]
    [InlineData("the toner ran out", "TONER")]
    [InlineData("can I get free ink cartridges?", "INK")]
    [InlineData("色带打不出字了", "RIBBON")]
    [InlineData("prints faint even with new toner", null)]
    [InlineData("it's not the toner", null)]
    [InlineData("copier says toner empty and copies are nearly blank", "TONER")]
    [InlineData("we're out of toner again", "TONER")]
    [InlineData("the ink cartridge is leaking all over the tray", "INK")]
    [InlineData("need a new drum, how much is it?", "DRUM")]
    [InlineData("the ribbon is worn out", "RIBBON")]
    [InlineData("墨盒没墨了", "INK")]
    [InlineData("粉盒漏粉，弄得到处都是", "TONER")]
    [InlineData("能不能免费送一个硒鼓", "TONER")]
    [InlineData("Is the toner covered? we're still in the contract year", "TONER")]
    [InlineData("new toner for free", "TONER")]
    [InlineData("Hello, the cyan toner in our DC-4525 colour copier has run out.", "TONER")]
    [InlineData("复印机的墨粉这两天用完了", "TONER")]
    [InlineData("I'd like a replacement ribbon", "RIBBON")]
    public void AConsumableIsTheProblemOnlyWhenNamedAsIt(string text, string? code) =>
        Assert.Equal(code, Interpret(text).Consumable);

    /// <summary>
    /// A consumable named only as background ("original toner", a ribbon changed last week) is not the problem: the
    /// fault the customer describes is the machine's (round-4/5 strangers' wording).
    /// </summary>
    [Theory]
    [InlineData("no. brand new toner that came in the box")]
    [InlineData("No, original toner from your dealer, nothing modified")]
    [InlineData("没有，墨粉是你们送的原装的")]
    [InlineData("他们那台针式打印机打发票的时候有几行字缺点、打不全，色带上礼拜刚换的新的，还是这样。")]
    [InlineData("prints grey streaks, I already checked the toner and it's fine")]
    [InlineData("we only ever use genuine ink")]
    [InlineData("墨粉是原装的，一直正常用")]
    public void AConsumableNamedAsBackgroundIsNotTheProblem(string text) =>
        Assert.Null(Interpret(text).Consumable);

    [Theory]
    [InlineData("感光鼓划伤了")]
    [InlineData("it sparks but won't catch")]
    public void AScratchOrAnIgnitionSparkIsNoEmergency(string text) => Assert.Null(Interpret(text).Hazard);

    [Theory]
    [InlineData("the stove stopped lighting", "NO_IGNITION")]
    [InlineData("it clicks but won't catch", "NO_IGNITION")]
    [InlineData("燃气灶不点火了", "NO_IGNITION")]
    [InlineData("the trial balance is wrong again", "REPORT_WRONG")]
    [InlineData("pages are coming out really pale", "PRINT_QUALITY")]
    public void SymptomsInTheirOwnWords(string text, string code) => Assert.Contains(code, Interpret(text).Symptoms);

    [Theory]
    [InlineData("its the H16 gas one. very annoying in this cold weather 谢谢", "zh-CN", "en")]
    [InlineData("my 热水器 is leaking", "zh-CN", "en")]
    [InlineData("finance suite 9 super slow when posting vouchers, 每次都要等一分钟", "zh-CN", "en")]
    [InlineData("copier DC-3020又报错了，屏幕显示 E-C2，复印不了", "en-US", "zh")]
    [InlineData("上个月你们engineer来修过一次同样的问题", "en-US", "zh")]
    [InlineData("尽快派engineer来", "en-US", "zh")]
    [InlineData("yes 对", "en-US", "en")]
    [InlineData("ABC", "zh-CN", "zh")]
    [InlineData("Q5灶打不着火", "en-US", "zh")]
    public void TheLargerPartOfTheTextDecidesTheLanguage(string text, string locale, string language) =>
        Assert.Equal(language, Interpret(text, locale).Language);

    [Theory]
    [InlineData("where is the serial number?", Intent.Question)]
    [InlineData("机身号在哪里看？", Intent.Question)]
    [InlineData("这个保修多久？", Intent.WarrantyQuestion)]
    [InlineData("算了，我还是想换一台新的", Intent.Statement)]
    [InlineData("算了", Intent.Cancel)]
    [InlineData("you're not listening", Intent.AboutTheBot)]
    [InlineData("Yes, a person, please", Intent.Human)]
    [InlineData("人工费要出是吧，行，来修吧", Intent.Statement)]
    [InlineData("are you there?", Intent.Statement)]
    public void IntentsThatOutrankTheQuestion(string text, Intent intent) =>
        Assert.Equal(intent, Interpret(text).Intent);

    [Theory]
    [InlineData("都是你们师傅修的")]
    [InlineData("It has been fixed twice already")]
    public void APastRepairIsNoWish(string text) => Assert.Null(Interpret(text).Wants);
}

using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, sixteenth round (2026-12-04): what the round-24/25 strangers' customers typed that the interpreter misread,
/// in other words. Formal letters ("To whom it may concern", 本人, 七日无理由退货, 今年六十八岁), long messages with several
/// dates (how long they have had it next to how long it has been faulty), faults that are history ("the jamming is fine
/// now"), software that "won't open", and errors shown on a display.
/// </summary>
public sealed class RoundTwentyFourUnderstandingTests
{
    private static int DaysAgo(DateOnly date) => DateOnly.FromDateTime(Now.Date).DayNumber - date.DayNumber;

    /// <summary>The modal "may" of a letter's greeting is no month.</summary>
    [Theory]
    [InlineData("To whom it may concern,")]
    [InlineData("to whom it may concern - our heater leaks")]
    [InlineData("it may be the igniter, I am not sure")]
    [InlineData("you may wish to know that the hood rattles")]
    public void TheModalMayIsNoMonth(string text) => Assert.Empty(Interpret(text, "en-US").Dates);

    /// <summary>One's age this year, 七日无理由 and 15天包换 are no dates.</summary>
    [Theory]
    [InlineData("您好，我今年七十二岁了，眼神不太好")]
    [InlineData("老头子今年八十了")]
    [InlineData("请按七日无理由退货给我退了")]
    [InlineData("不是说7天无理由退换吗")]
    [InlineData("按照十五日内包换的规定处理")]
    public void AgesAndPolicyDaysAreNoDates(string text) => Assert.Empty(Interpret(text, "zh-CN").Dates);

    /// <summary>How long they have had it is when it was bought, not when the fault began; the fault's own duration is the start.</summary>
    [Theory]
    [InlineData("We have had the copier for almost three years and it was faultless. For about two weeks now it has been jamming.", 14)]
    [InlineData("I've owned this heater for over a year. Over the last six days the water has been lukewarm.", 6)]
    [InlineData("We bought the hood about three months ago. For roughly the past eight days it has been rattling.", 8)]
    public void OwnershipIsNoStart(string text, int startDaysAgo)
    {
        var starts = Interpret(text, "en-US").Dates.Where(d => d.Role == DateRole.Start).ToList();
        var start = Assert.Single(starts);
        Assert.InRange(DaysAgo(start.Date), startDaysAgo - 1, startDaysAgo + 1);
    }

    [Theory]
    [InlineData("本公司从两年前开始用你们的复印机。近十来天总是卡纸。", 10)]
    [InlineData("这台热水器我们家用了三年多了，最近这一个礼拜水一直不热。", 7)]
    [InlineData("单位去年起使用贵司财务软件，近半个月来报表合计对不上。", 15)]
    public void OwnershipIsNoStartZh(string text, int startDaysAgo)
    {
        var starts = Interpret(text, "zh-CN").Dates.Where(d => d.Role == DateRole.Start).ToList();
        var start = Assert.Single(starts);
        Assert.InRange(DaysAgo(start.Date), startDaysAgo - 2, startDaysAgo + 2);
    }

    /// <summary>A fault said to be fine now is history, not today's symptom.</summary>
    [Theory]
    [InlineData("your man sorted the leak in spring and the leaking has been fine since. now it makes a horrible noise", "en-US", "LEAK", "NOISE")]
    [InlineData("the jams were fixed last time and jamming is ok now, but the prints come out faint", "en-US", "PAPER_JAM", "PRINT_QUALITY")]
    [InlineData("上次师傅修好了漏水，漏水倒是好了，现在是不加热", "zh-CN", "LEAK", "NO_HOT_WATER")]
    public void AFaultSaidToBeFineNowIsHistory(string text, string locale, string history, string current)
    {
        var symptoms = Interpret(text, locale).Symptoms;
        Assert.DoesNotContain(history, symptoms);
        Assert.Contains(current, symptoms);
    }

    /// <summary>Errors shown on a display, in other words.</summary>
    [Theory]
    [InlineData("the heater keeps showing an error and then switches off", "en-US")]
    [InlineData("it flashes a fault on the little screen", "en-US")]
    [InlineData("the display says error every morning", "en-US")]
    [InlineData("the same error again, like before", "en-US")]
    [InlineData("屏幕上一直跳错误", "zh-CN")]
    public void AnErrorOnTheDisplay(string text, string locale) =>
        Assert.Contains("ERROR_CODE", Interpret(text, locale).Symptoms);

    /// <summary>Formal and everyday fault words the letters used, in other words.</summary>
    [Theory]
    [InlineData("each line of text has a white gap through the middle", "en-US", "PRINT_QUALITY")]
    [InlineData("looks like a pin is not striking any more", "en-US", "PRINT_QUALITY")]
    [InlineData("资产负债表的数和明细不一致", "zh-CN", "REPORT_WRONG")]
    [InlineData("打开个账套要等好几分钟", "zh-CN", "SLOW")]
    [InlineData("查个凭证就卡住不动了", "zh-CN", "SLOW")]
    [InlineData("提示加密锁没插好 其实插着", "zh-CN", "LICENCE_ERROR")]
    [InlineData("the usb dongle is not detected", "en-US", "LICENCE_ERROR")]
    public void FormalFaultWords(string text, string locale, string symptom) =>
        Assert.Contains(symptom, Interpret(text, locale).Symptoms);

    /// <summary>本人 before 工作 is "I", not 人工 (a person).</summary>
    [Theory]
    [InlineData("如需上门，本人工作日都在家")]
    [InlineData("本人工作比较忙，麻烦尽快")]
    public void BenRenIsNoPerson(string text) => Assert.NotEqual(Intent.Human, Interpret(text, "zh-CN").Intent);

    /// <summary>A wish that cites the rules is a wish, not a warranty question.</summary>
    [Theory]
    [InlineData("请按三包规定给我换一台")]
    [InlineData("根据保修条款要求退货")]
    [InlineData("in line with your warranty terms I would like a replacement")]
    public void AWishCitingTheRulesIsAWish(string text)
    {
        var i = Interpret(text, text.Any(c => c > 0x3000) ? "zh-CN" : "en-US");
        Assert.NotEqual(Intent.WarrantyQuestion, i.Intent);
        Assert.NotNull(i.Wants);
    }

    /// <summary>A full, courteous denial of every circumstance is a no.</summary>
    [Theory]
    [InlineData("I can assure you nothing of that kind has happened to it.")]
    [InlineData("Nothing of the sort, and nobody has tampered with it.")]
    [InlineData("None whatsoever; it has only ever been used normally.")]
    [InlineData("本人可以保证，从来没有出现过上述情况。")]
    public void ACourteousDenialIsANo(string text) =>
        Assert.Equal(Intent.No, Interpret(text, text.Any(c => c > 0x3000) ? "zh-CN" : "en-US").Intent);

    /// <summary>From the round-24 hold-outs, in other words: a title (办公室主任兼行政主管), our own firm's manager (我所领导),
    /// and support addressed in a letter (尊敬的贵公司客服人员) are no person asked for; asking for a manager still is.</summary>
    [Theory]
    [InlineData("我是一家设计公司的行政主管，想反映一下打印机的问题", false)]
    [InlineData("本所经理的意见是直接换新的", false)]
    [InlineData("尊敬的客服人员：您好！我家热水器漏水了", false)]
    [InlineData("贵公司客服同志你好，灶打不着火", false)]
    [InlineData("叫你们经理来跟我说", true)]
    [InlineData("我要找你们主管", true)]
    [InlineData("主管", true)]
    [InlineData("别跟我扯，找你们领导来！", true)]
    public void TitlesAndAddressedSupportAreNoPerson(string text, bool person) =>
        Assert.Equal(person, Interpret(text, "zh-CN").Intent == Intent.Human);
}

using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Privacy;

public enum PrivacyRequest
{
    None,

    /// <summary>"Send me a copy of my data", 导出我的个人信息.</summary>
    Copy,

    /// <summary>"Delete my data", 删除我的个人信息.</summary>
    Erase,

    /// <summary>A question about what happens to the chat and the details given: "is this being recorded?", "why do you need
    /// my number?", "will you sell my number?", 聊天记录会保存吗, 我的信息会泄露吗 (round 84). Answered, then the flow goes on.</summary>
    Question,
}

/// <summary>
/// Recognises a customer asking for their data or its deletion, in English and Chinese. Deliberately narrow: it needs
/// "my data / information" (我的数据 / 个人信息 / 资料) with a verb of copying or deleting, so complaints about deleted
/// files or a device's data are not taken for one.
/// </summary>
public static partial class PrivacyRequests
{
    public static PrivacyRequest Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return PrivacyRequest.None;
        if (EraseEnglish().IsMatch(text) || EraseChinese().IsMatch(text)) return PrivacyRequest.Erase;
        if (CopyEnglish().IsMatch(text) || CopyChinese().IsMatch(text)) return PrivacyRequest.Copy;
        if (QuestionEnglish().IsMatch(text) || QuestionChinese().IsMatch(text) && ChineseQuestionMark().IsMatch(text)) return PrivacyRequest.Question;
        return PrivacyRequest.None;
    }

    [GeneratedRegex(@"\b(?:delete|erase|remove|wipe|destroy|forget)\b[^.?!]{0,25}\b(?:my|me)\b[^.?!]{0,15}\b(?:personal\s+)?(?:data|information|info|details|records?)\b|\bforget\s+(?:about\s+)?me\b|right\s+to\s+be\s+forgotten",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EraseEnglish();

    // "删除我的数据" and "把我的资料清除掉"; "软件删除了我的数据" is a complaint (了: it happened), and so is
    // "删除、修改数据文件" (no 我的 / 个人: not the customer's personal data).
    [GeneratedRegex(@"(?:删除|删掉|清除|销毁|注销|抹掉)(?!了)[^。？！?!]{0,6}(?:我的|本人的?|个人)[^。？！?!]{0,4}(?:数据|信息|资料)|(?:我的|本人的?)(?:个人)?(?:数据|信息|资料)[^。？！?!了]{0,4}(?:删除|删掉|清除|销毁|抹掉)(?!了)|忘记我|被遗忘权")]
    private static partial Regex EraseChinese();

    [GeneratedRegex(@"\b(?:copy|export|download|access|see|view|send\s+me|get|show\s+me)\b[^.?!]{0,25}\b(?:my|me)\b[^.?!]{0,15}\b(?:personal\s+)?(?:data|information|info)\b|\bwhat\s+(?:personal\s+)?(?:data|information)\s+do\s+you\s+(?:have|hold|keep|store)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyEnglish();

    [GeneratedRegex(@"(?:导出|查看|复制|下载|获取|给我|发给我|发我|调取)[^。？！?!]{0,6}(?:我的|本人的?)[^。？！?!]{0,4}(?:个人)?(?:数据|信息|资料)|(?:保存|存|记录|收集)了我(?:的)?(?:哪些|什么)(?:个人)?(?:数据|信息|资料)|个人信息副本")]
    private static partial Regex CopyChinese();

    [GeneratedRegex(@"\b(?:is|are|was)\s+(?:this|the|our|my)\s+(?:chat|conversation|call|session|messages?)\s+(?:being\s+|going\s+to\s+be\s+)?(?:recorded|saved|stored|kept|logged|monitored|read)\b|\b(?:is|are)\s+(?:you|u)\s+(?:recording|saving|storing|logging|keeping)\s+(?:this|the|our|my)\b|\b(?:do|will|does|did)\s+(?:you|u|anyone|someone)\s+(?:keep|store|save|record|log|read)\s+(?:a\s+(?:record|copy|log)\s+of\s+)?(?:this|the|my|our)\s+(?:chat|conversation|messages?|data|number|phone|details|info)\b|\bwho\s+(?:sees|reads|can\s+see|can\s+read|will\s+see|will\s+read|gets\s+to\s+see|has\s+access\s+to)\s+(?:this|my|the|our|these)\b|\b(?:sell|share|pass\s+on|give\s+(?:out|away))\s+my\s+(?:number|phone|mobile|details|data|info|information)\b|\bwhy\s+(?:do|would)\s+(?:you|u|a\s+(?:chat)?bot)\s+(?:even\s+)?need\s+my\s+(?:phone|number|mobile|details|contact)|\bwhat\s+(?:do|will|are)\s+you\s+(?:do|doing|going\s+to\s+do)\s+with\s+my\s+(?:number|phone|data|details|info|information)\b|\b(?:is|are)\s+my\s+(?:data|details|info|information|number)\s+(?:safe|secure|private)\b|\b(?:spam|marketing|sales)\s+calls?\b[^.!?]{0,30}\?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionEnglish();

    [GeneratedRegex(@"(?:对话|聊天|聊天记录|通话|这些话)[^。？！?!]{0,6}(?:会|要|有没有)?(?:被)?(?:录|录下来|录音|保存|保留|存下来|存着|存档|记录下来|监控)|(?:信息|电话|手机号|号码|资料|隐私)[^。？！?!]{0,8}(?:泄露|泄漏|外泄|卖给|卖掉|卖了|给别人|给第三方|推销|骚扰|广告)|为什么(?:要|需要|得)(?:留|给|提供)?(?:我的?)?(?:手机号|电话|号码|手机|联系方式)|(?:谁|哪些人)(?:能|会|可以)?(?:看到|看|查看)(?:这个|这些|我的|聊天)|(?:手机号|电话|号码|信息)[^。？！?!]{0,6}(?:拿去|用来|用于)(?:干|做|干嘛|干什么|做什么)")]
    private static partial Regex QuestionChinese();

    [GeneratedRegex(@"[?？]|吗|么|嘛|谁|为什么|为啥|干嘛|会不会|有没有|是不是|不会")]
    private static partial Regex ChineseQuestionMark();
}

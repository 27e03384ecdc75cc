using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Privacy;

public enum PrivacyRequest
{
    None,

    /// <summary>"Send me a copy of my data", 导出我的个人信息.</summary>
    Copy,

    /// <summary>"Delete my data", 删除我的个人信息.</summary>
    Erase,
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
}

namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>Signs of anger and urgency. Strong words (threats to go public, insults) make a message angry at once; mild
/// ones add up with shouting (ALL CAPS, "!!!").</summary>
internal static class SentimentWords
{
    public static readonly string[] Strong =
    [
        "lawyer", "sue you", "legal action", "court", "consumer association", "the press", "social media", "scam", "scammers",
        "rip off", "rip-off", "ripoff", "worst", "rubbish", "garbage", "trash", "disgusting", "ridiculous", "unacceptable", "furious",
        "outraged", "livid", "pathetic", "useless company", "shame on you", "fuck", "fucking", "shit", "damn", "wtf", "what the hell", "angry",
        "12315", "曝光", "投诉你们", "消协", "消费者协会", "律师", "起诉", "法院", "媒体", "骗子", "垃圾", "太差了", "差劲", "气死", "坑人",
        "什么破", "破玩意", "无良", "黑心", "奸商", "恶心", "欺骗", "忍无可忍", "火大", "愤怒", "太过分",
    ];

    public static readonly string[] Mild =
    [
        "annoyed", "annoying", "frustrated", "frustrating", "disappointed", "disappointing", "fed up", "unhappy", "upset", "not happy",
        "terrible", "awful", "useless", "poor service", "again", "third time", "second time", "seriously", "how many times",
        "失望", "re:(?<!麻)烦", "太麻烦", "好麻烦", "真麻烦", "麻烦死", "生气", "无语", "郁闷", "不满意", "不满", "太慢", "又坏", "又", "第二次", "第三次", "好几次", "到底", "怎么回事", "搞什么", "别跟我扯",
    ];

    public static readonly string[] Urgent =
    [
        "urgent", "urgently", "asap", "as soon as possible", "immediately", "right now", "right away", "emergency", "hurry", "today please",
        "need it today", "quickly", "no time", "re:(?<!着)急", "着急", "紧急", "马上", "尽快", "赶紧", "快点", "立刻", "立即", "今天必须", "加急", "等不了",
    ];
}

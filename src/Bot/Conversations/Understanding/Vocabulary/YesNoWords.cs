namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>
/// Yes and no in their many forms, read at the start of a message. Longer forms are tried first, so
/// "不是" is a no before "是" can be a yes, and "not really" before "not".
/// </summary>
internal static class YesNoWords
{
    public static readonly string[] Yes =
    [
        "yes", "yep", "yeah", "yea", "yup", "ya", "y", "correct", "that's correct", "that is correct", "that's right", "that is right",
        "exactly", "indeed", "absolutely", "definitely", "of course", "affirmative", "yes please", "sure thing", "i agree", "agreed",
        "i accept", "accept", "deal", "no problem", "not a problem", "no worries", "sounds good", "that works", "go ahead", "please do", "right",
        "是", "是的", "是啊", "是呀", "对", "对的", "对啊", "对呀", "对对", "对对对", "没错", "没错的", "是这样", "就是这样", "嗯", "嗯嗯",
        "嗯呢", "同意", "接受", "我同意", "我接受", "没问题", "可以的", "对头", "确认", "是滴", "对滴", "对哒", "是哒", "对嘞", "是嘞",
        // Pinyin typed without the Chinese keyboard.
        "dui", "dui de", "duide", "dui a", "dui dui", "shi de", "shide", "shi a", "hao de", "haode", "keyi", "ke yi",
        // Hedged, but an answer: "I think so?", 好像是, 应该是吧.
        "i think so", "i guess so", "i believe so", "i suppose so", "think so", "guess so", "probably yes", "sure why not",
        "好像是", "好像是的", "应该是", "应该是的", "应该对", "差不多吧", "算是吧", "可以可以", "行行行",
        // Near enough (round 23): "嗯 差不多", "八九不离十", "more or less".
        "差不多", "差不多是", "差不多是这样", "差不多对", "大差不差", "八九不离十", "more or less", "that's about right", "about right", "close enough",
        // Chat and regional spellings (round 22): "yeh", "yh", 没毛病, 木问题.
        "yeh", "yh", "yas", "yess", "yesss", "没毛病", "木问题", "么问题",
        // 中 (Henan, "fine"), only before a pause: 中午 and 中间 open statements.
        "中", "中中", "中中中",
        // The restatement corrected, then confirmed: "改过以后对了", "now it's right".
        "改过以后对了", "改过以后对", "改过之后对了", "改过后对了", "改完对了", "改完是对的", "改完就对了", "改了就对了", "改后对了",
        "现在对了", "现在是对的", "这回对了", "这次对了", "这下对了", "now it's right", "now it is right", "now it's correct",
        "now that's right", "that's right now",
        // Idiomatic agreement (round 164): "bang on", "bingo", "got it in one", 可不是嘛, 那必须的, 那当然 (not 当然没有: the answer
        // must end where a clause ends).
        "bang on", "spot on", "bingo", "correctamundo", "dead right", "too right", "you bet", "you betcha", "got it in one", "you got it in one",
        "you've got it in one", "可不是嘛", "可不是么", "可不是吗", "可不是", "可不", "那可不", "那必须的", "那必须", "必须的", "那当然", "那当然了", "当然", "当然了",
        // Typed on a phone (round 51): a thumbs-up, an OK hand, a tick, in any skin tone.
        "👍", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿", "👌", "👌🏻", "👌🏼", "👌🏽", "👌🏾", "👌🏿", "✅", "✔", "✔️", "☑️", "🆗", "🙆", "🙆‍♂️", "🙆‍♀️",
    ];

    /// <summary>Agreement words that usually open something else ("ok so…", "好，那什么时候来"): a yes only when short.</summary>
    public static readonly string[] YesShortOnly =
    [
        "ok", "okay", "okey", "k", "kk", "sure", "fine", "alright", "all right", "good", "great", "perfect", "cool",
        "好", "好的", "好吧", "好滴", "好嘞", "可以", "行", "行吧", "成", "ok的",
        // 可 alone (round 71): "fine", typed in one stroke.
        "可",
        // Regional (round 22): 中 (Henan, "fine"), 妥, 得嘞, 要得 (Sichuan); only short, as 中 also opens 中午, 中间.
        "妥", "妥了", "妥妥的", "得嘞", "行嘞", "成嘞", "好哒", "嗯呐", "阔以", "可以滴", "要得", "pretty much",
        // 有的 / 有过 answer "是否…过？" with yes.
        "有的", "有过", "有一次", "有过一次",
    ];

    /// <summary>Agreement that also opens a statement ("you got it wrong"): a yes only when punctuation or the end follows
    /// (round 164: "you got it", "you got it, same jam as before").</summary>
    public static readonly string[] YesBeforePunctuation = ["you got it", "you've got it", "you have got it", "that's the one", "that is the one"];

    /// <summary>No-words that also open statements ("no hot water", 没有热水, 不出热水): a no only when punctuation or the end follows.</summary>
    public static readonly string[] NoBeforePunctuation = ["negative", "no", "不", "没有", "没", "不好", "不是", "不对", "不行", "木有", "无", "都无", "均无"];

    public static readonly string[] No =
    [
        // A thumbs-down or a cross (round 51).
        // Chat spellings of 没有 (round 51): "木有 全新的"; a bare "n" or "nn" typed on a phone.
        "木有", "莫有", "么有", "n", "nn",
        "👎", "👎🏻", "👎🏼", "👎🏽", "👎🏾", "👎🏿", "❌", "✖", "✖️", "🙅", "🙅‍♂️", "🙅‍♀️",
        "bu shi", "bushi", "bu dui", "budui", "mei you", "meiyou", "meiyou le", "bu yong", "buyong", "bu yao", "buyao",
        "nope", "nah", "no way", "not really", "not quite", "not at all", "that's wrong", "that is wrong", "wrong",
        "incorrect", "that's not right", "that is not right", "that's not correct", "not correct", "not right", "i don't think so",
        "no thanks", "no thank you", "i disagree", "i don't agree", "i do not agree", "i refuse", "i reject", "reject", "decline",
        "不可以", "不要", "不用", "错了", "不同意", "不接受", "否", "不是的", "不对的",
        "不是这样", "不是这个", "没有的", "没有过", "从来没有", "不满意",
        // Idiomatic denial (round 164): 哪能啊, 想多了, 哪有的事, "nobody's touched it".
        "哪能", "哪能呢", "那哪能", "哪有的事", "哪有", "想多了", "你想多了", "您想多了", "nobody touched it", "no one touched it", "nobody's touched it",
        "nobody has touched it", "nobody's messed with it", "nobody messed with it",
        // Hedged, but an answer: "not that I know of", 应该没有吧.
        "not that i know of", "not that i know", "not that i'm aware of", "not as far as i know", "i don't believe so", "probably not",
        "i don't think it was", "应该没有",
        // Chat spellings of 没有 (round 11).
        "木有木有", "木有的", "木有过", "没得", "好像没有", "应该不是", "好像不是", "没印象", "应该没",
        // Courteous full denials (round 24): "nothing of the sort", "none whatsoever", 从未出现过.
        "nothing of the sort", "nothing of the kind", "nothing of that kind", "nothing of that sort", "nothing like that", "none whatsoever",
        "none of these", "none of those", "none of that", "no one has", "nobody has", "no one else has", "nobody else has",
        "从来没有出现过", "从没出现过", "从未出现过", "没有出现过", "没出现过", "都没有发生过", "从未发生过", "没有发生过", "从未", "均未", "都没有过",
        "从来没有出现过上述情况", "从未出现过上述情况", "没有出现过上述情况", "上述情况都没有", "以上都没有", "以上情况都没有", "以上均没有", "都没有出现过",
    ];

    /// <summary>A lead-in a formal answer opens with before its yes or no: "I can assure you that …", 本人可以保证，….</summary>
    public const string FormalLeadIn = @"^\s*(?:i\s+can\s+(?:assure|confirm|promise|guarantee)(?:\s+you)?(?:\s+that)?|(?:本人|我)(?:可以)?(?:保证|确认|确定|承诺)(?:的是)?"
        // A pointer back to what was said (round 168): "i already said, nobody touched it", "like I told you, no", 我刚才说过了，没有.
        + @"|(?:i\s+(?:already\s+|just\s+)?(?:said|told\s+you)(?:\s+(?:that|this|before|already))?|(?:like|as)\s+i\s+(?:already\s+)?(?:said|told\s+you)(?:\s+before)?|(?:我)?(?:已经|刚才|刚刚|之前|前面)?(?:说过了|说了|讲过了|讲了)(?=[\s,，:：。.]))[\s,，:：.。]+)[\s,，:：]*";

    /// <summary>Fillers that may stand before the answer: "um, yes", "嗯，不是". Alone, 嗯 is still a yes.</summary>
    public static readonly string[] Fillers = ["um", "umm", "uh", "er", "erm", "well", "oh", "ah", "hmm", "嗯", "呃", "额", "啊", "哦", "噢"];
}

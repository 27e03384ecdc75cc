namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>
/// What customers write for each intent. "Strong" phrases decide the intent wherever they stand; "short-only"
/// phrases ("help", "stop", "ok") only when the message is short, because in a longer message they are part of
/// something else ("please help, the heater leaks", "it won't stop beeping").
/// </summary>
internal static class IntentWords
{
    public static readonly string[] Human =
    [
        "talk to a person", "talk to a human", "talk to someone", "speak to a person", "speak to a human", "speak to someone",
        "speak with someone", "talk with someone", "real person", "real human", "human agent", "live agent", "an agent",
        "a human", "to a person", "a person", "person please", "human please", "real agent", "representative", "operator", "your manager", "a manager", "supervisor",
        "actual person", "actual human", "live person", "human being", "somebody real", "someone real",
        // "get one of your people to talk me through it", 让你们的人跟我说吧 (round 170): a person of yours asked to talk.
        @"re:(?<![a-z])(?:get|have|let|can|could)\s+(?:one\s+of\s+your\s+(?:people|staff|team|colleagues|guys)|someone\s+(?:from\s+your\s+(?:team|side|office)|of\s+yours))\s+(?:to\s+)?(?:talk|speak|go|walk|call|ring|phone)(?![a-z])",
        "re:(?:让|叫|请|找)你们(?:的)?(?:人|客服|工作人员|同事|负责人|经理|领导|专员)(?:来)?(?:跟|和|给|同)我(?:说|谈|聊|讲|解释|联系|打电话|打个电话)",
        // "agent", "human!" typed alone, as people do to get past phone menus
        @"re:^\s*(?:an?\s+)?(?:agent|human|person|representative|operator)\s*[.!?！？]*\s*$",
        @"re:\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:somebody|someone|a\s+(?:real\s+|live\s+)?(?:man|woman|guy|lady|colleague|staff member|employee))\b",
        // "I'd really rather speak to one of your staff about it" (round 147), "talk to a member of staff", "speak to your staff".
        @"re:\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:one\s+of\s+your\s+(?:staff|people|team|colleagues|agents)|a\s+member\s+of\s+(?:your\s+)?staff|your\s+(?:staff|people|team|colleagues))\b",
        "re:(?<!本|算|含|包括|加上|另加|除了|加|连)人工(?!费|保修|成本|钱|和配件|配件|加配件|及配件|材料|工时|和上门|跟上门|与上门|及上门|、上门|上门|加上门|都不收|也不收|不收|免费|全免|都免|也免|是免费|\\s*[\\d：:]|\\s*(?:要|得|一共|总共|共)\\s*[\\d一二两三四五六七八九十百几])", "转人工", "re:找个人(?![^，。,.!！？?]{0,3}(?:来)?(?:给|帮)?(?:修|看看|看一下|看下|弄|换|装|处理|上门|检查))", "我要找人", "真人客服", "人工服务", "人工客服", "真人", "re:(?<!自己|我们|我|他|她|他们|外面)找人(?!修|来修|维修|看|拆|弄|换|装|改|处理|搞)", "找你们领导",
        // A manager asked for ("叫你们经理来", "我要找主管", "主管" alone), not a title or the writer's own manager (round 24:
        // 我是…的行政主管, 我所领导的意见, 我们领导说了).
        "re:^[\\s\\p{P}]*(?:领导|主管|经理)[\\s\\p{P}]*$", "re:(?:找|叫|要|请|转|让|给我|跟|和|同)[^，。,.!！？?]{0,5}(?:你们|贵公司|贵司)的?(?:领导|主管|经理|负责人)",
        "re:(?:找|叫|转|让|给我)(?:个|一个|一下|下)?(?:领导|主管|经理)",
        "re:^[^，。,.!！？?]{0,4}你们的?(?:领导|主管|经理)",
        // A member of staff to telephone (round 24 letters): 安排专人与我电话联系, 派专人致电, "a member of your staff to telephone me".
        "re:专人[^，。,.!！？?]{0,8}(?:电话|致电|来电|联系)", @"re:\bmember\s+of\s+(?:your\s+)?staff\s+(?:to\s+|who\s+(?:can|could)\s+)?(?:call|phone|telephone|ring|contact)\b",
        // Someone with the power to decide: "someone who can actually make a decision", 找个能做主的人, 说了算的人.
        @"re:\b(?:someone|somebody|a\s+person)\s+(?:who|that)\s+(?:can|could)\s+(?:actually\s+|really\s+)?(?:decide|make\s+(?:a\s+|the\s+)?decisions?|approve)\b",
        // "put me through to someone please", "connect me with a human".
        @"re:(?<![a-z])(?:put|get|transfer|pass|connect)\s+me\s+(?:through\s+|over\s+)?(?:to|with)\s+(?:someone|somebody|a\s+person|a\s+human|an\s+agent|a\s+real\s+person|a\s+colleague|your\s+(?:staff|team|colleague))(?![a-z])",
        @"re:\bsomeone\s+(?:in\s+charge|senior|higher\s+up)\b", "能做主", "说了算的人", "re:找.{0,4}负责人", "re:(?:找|跟|和|同|要)你们(?:那边|公司)?的?(?:人|真人|客服)(?:直接|当面|亲自)?(?:谈|聊|说|沟通|讲)(?!过|了)", "re:(?:找|叫|要|请|让|给我|跟|和|同)[^，。,.!！？?]{0,5}(?:你们|贵公司|贵司)?的?(?:负责的人|管事的|能管事的|主事的)", "管事的",
        // Someone to phone (for a relative who cannot chat): "have someone call my mum", 让人给我爷爷打个电话.
        @"re:\b(?:someone|somebody|anyone|anybody|a\s+person|a\s+human|a\s+colleague|one\s+of\s+your\s+(?:people|staff|team))\s+(?:who\s+(?:can|could)\s+|to\s+|(?:can|could)\s+)?(?:call|phone|ring|give\s+(?:me|him|her|them|us)\s+a\s+call)\b",
        @"re:\bhave\s+(?:someone|somebody)\s+(?:call|phone|ring)\b",

        "re:让(?:人|师傅|客服|工作人员|你们的?人|专人|你们的?客服)[^，。,.!！？?]{0,10}打[^，。,.!！？?]{0,2}电话",
        "re:(?:有没有|能不能|可不可以|可以|麻烦)(?:让)?(?:人|专人|客服|工作人员|你们的?人)[^，。,.!！？?]{0,10}打[^，。,.!！？?]{0,2}电话",
        // Support asked for ("我要找客服", "i want customer service", "客服 pls" alone), but not support addressed before the
        // complaint ("客服在不 俺家热水器…", "hello customer service, my heater…", a letter's "尊敬的贵公司客服人员：您好"): that is how
        // people open a chat. Nor a hotline rung (round 45: "给别的牌子打客服电话…机器人绕了半天"): 打过/拨了 客服电话. Nor what our
        // support did before (round 75: "驱动是你们客服远程帮装的", 客服弄好过一次), nor being sent to us (round 70: 他让我来找客服), nor what support said (round 79 hold-out: 客服却告诉我已过保修期), nor support asked before (round 113: 问了客服…她说, 找过客服).
        @"re:(?<!^[\s\p{P}]*(?:(?:hi|hello|hey|dear|你好|您好|喂|在吗)[\s\p{P}]*)?)(?:(?<![a-z])customer\s+service(?![a-z])(?!\s+(?:people\s+|person\s+|staff\s+|agent\s+|lady\s+|guy\s+)?(?:said|told|says|promised|claimed|insisted|kept|keeps|was|were|never|didn'?t|did\s+not|hung))|(?<!尊敬的[^，。,.!！？?：:]{0,6}|贵公司|贵司|(?:打|拨|拨打|打给)(?:了|过)?[^，。,.!！？?]{0,6}|(?:让|叫)(?:我|我们)(?:来|去)?(?:找|问|联系)(?:你们)?(?:的)?|(?:问|找|联系|咨询|反映|反馈|投诉)(?:了|过)(?:你们|贵司)?(?:的)?)客服(?!(?:人员|同志|部门?)?[\s\p{P}]*(?:您好|你好))(?![^\s\p{P}]{0,3}[：:])(?!(?:人员|小姐|那边|的人|部门|在?电话里|在?电话上|电话|热线里?)?(?:却|还|居然|竟然|倒|反而|明明)?(?:说|讲|告诉|问|一上来|上来就|一开始|一接|答应|承诺|保证|态度|挂|不理|一直|也|就|又|根本|总是|老是|回复说|当时|上次|报价|报了|报的|打了|打过|打不通|没人接|占线|从来|远程(?:帮|给|弄|装|修|处理|调)|帮(?:我|我们|忙)?(?:装|弄|修|调|处理)(?:的|过|好)|(?:装|弄|修|调)(?:好|过)|来过|处理过|沟通过|聊过|谈过|联系过|反映过|反馈过)))",
        @"re:^[\s\p{P}]*(?:(?:hi|hello|hey)[\s\p{P}]*)?(?:customer\s+service|客服)[\s\p{P}]*(?:please|pls|plz|now|请|呢|啊|呀)?[\s\p{P}]*$",
    ];

    /// <summary>A call asked for in other words; read only where a call is named at all.</summary>
    public static readonly string[] CallBack =
    [
        // A call asked for in other words (round 26): "could one of your team give me a ring", "I'd rather have a phone call",
        // "can I get a call back", "please just call me", "rather talk about this over the phone"; never a call promised
        // and not made ("they promised to call me back and nobody did").
        @"re:\b(?:someone|somebody|anyone|anybody|a\s+person|a\s+colleague|one\s+of\s+(?:your|you)(?:\s+(?:people|staff|team|guys|engineers|colleagues))?|you|u)\s+(?:please\s+)?(?:(?:can|could|would|will|to)\s+)?(?:please\s+)?give\s+(?:me|him|her|us|them)\s+a\s+(?:call|ring|bell|buzz)\b",
        @"re:\b(?:prefer|rather\s+have|like|want|need|get|have)\s+(?:a\s+)?(?:phone\s+call|call\s*-?\s*back|callback|ring\s+back)\b",
        @"re:(?<![a-z])(?:please|pls|plz|can\s+you|could\s+you|would\s+you|can\s+someone|could\s+someone|can\s+somebody|could\s+somebody)\s+(?:just\s+)?(?:call|phone|ring)\s+(?:me|us)(?![a-z])(?!\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+(?:him|her|them|my|his|the)(?![a-z]))",
        @"re:\b(?:rather|prefer\s+to|easier\s+to)\s+(?:talk|speak|discuss\s+(?:it|this))\s+(?:about\s+(?:it|this|that)\s+)?(?:on|over)\s+the\s+phone\b",
        // 麻烦安排师傅给我打个电话, 能不能直接来个电话, 还是电话里说吧; not 上次说好给我回电话，结果没人打.
        "re:(?:安排|派)[^，。,.!！？?]{0,4}(?:人|专人|客服|工作人员|师傅|同事)[^，。,.!！？?]{0,8}(?:打[^，。,.!！？?]{0,2}电话|致电|来电|电话联系)",
        "re:(?:能不能|可不可以|可以|麻烦|请|希望|最好)[^，。,.!！？?]{0,6}(?:来|回|打)(?:个|一个|一下)?电话",
        "re:电话(?:里|上)?(?:说|聊|沟通|讲)(?:吧|更方便|方便些|比较方便|清楚)",
    ];

    public static readonly string[] Cancel =
    [
        "cancel", "cancel it", "never mind", "nevermind", "forget it", "forget about it",
        // "i give up" on the chat, not on the burner (round 170): "some days I give up and use the other one".
        @"re:(?<![a-z])i\s+(?:just\s+)?give\s+up(?![a-z])(?!\s+(?:and|on\s+(?:it|the\s+\w+)\s+and)\s+(?:use|go|cook|make|boil|switch|print|wash|do|just)(?![a-z]))",
        // "just drop it", "let's drop it"; but "i drop it from the desk" (non-native for dropped) is a knock (round 22).
        @"re:(?:^\s*|(?<![a-z])(?:just|let'?s|lets|please|pls|plz|ok|okay|so|then|can\s+we|we\s+can|i'?ll|i\s+will)\s+)(?:just\s+)?drop\s+it(?![a-z])(?!\s+(?:from|off|on|onto|in|into|down|while|when|out|again|once|twice|on\s+the))",
        "取消", "re:算了(?!一下|下|算|一算|半天|个|出来)", "不用了", "不弄了", "不修了", "别管了",
    ];

    /// <summary>Cancel words that, beside a wish ("算了，我还是想换一台新的", "never mind the repair, I want a refund"), only drop what came before.</summary>
    public static readonly string[] SoftCancel = ["re:算了(?!一下|下|算|一算|半天|个|出来)", "never mind", "nevermind", "forget it", "forget about it", "不用了", "不修了"];

    /// <summary>Questions that are not about the warranty: "where is the serial number?", 机身号在哪里看？</summary>
    public static readonly string[] QuestionOpenings =
    [
        "how", "where", "what", "when", "why", "which", "who", "can you", "could you", "can i", "do you", "does it", "is there", "is it", "should i",
        "怎么", "哪里", "在哪", "哪儿", "什么", "多少", "多久", "为什么", "能不能", "可以吗", "是不是", "有没有", "会不会",
        // Said in speech and chat: 啥意思, 咋整, 肿么办.
        "啥", "咋", "肿么", "怎样",
    ];

    /// <summary>The customer is unhappy with the bot itself: an apology and a person on offer, never the same question again.</summary>
    public static readonly string[] AboutTheBot =
    [
        "stupid bot", "useless bot", "dumb bot", "you're useless", "you are useless", "you're not listening", "you are not listening",
        "you don't understand", "you dont understand", "you're not helping", "you are not helping", "this bot", "are you a robot", "are you a bot",
        "机器人", "听不懂", "答非所问",
        // Done with the bot (round 89 hold-out: "不要 我不想跟机器人说" at the offer): a remark about the bot, answered once with an
        // apology and a person on offer; the second hands over (ComplaintState.BotRemarks). Said in the story it is venting, and the
        // flow goes on (round 47's strangers).
        @"re:\b(?:don'?t|do\s+not|won'?t|will\s+not|refuse\s+to)\s+(?:want\s+to\s+)?(?:talk|speak|chat|deal)\s+(?:to|with)\s+(?:a|this|some|the|your)\s+(?:bot|robot|chatbot)\b",
        // 对面到底是人还是AI (round 84): asking what the bot is.
        "re:(?:真人|人)还是(?:ai|电脑|程序|自动回复)", "re:(?:ai|自动回复)还是(?:真人|人)", "你没听", "你根本不", "什么破机器", "人工智障", "没用的机器",
    ];

    // "stop the dripping", "just stop it leaking" (round 54): the wish to have the fault stopped, not the chat.
    public static readonly string[] CancelShortOnly =
    [
        @"re:(?<![a-z])stop(?![a-z])(?!\s+(?:it\s+|them\s+)?(?:the\s+|my\s+|this\s+|that\s+|its\s+)?(?:leak\w*|drip\w*|nois\w*|rattl\w*|beep\w*|humm?\w*|buzz\w*|jamm?\w*|smell\w*|squeak\w*|click\w*|grind\w*|vibrat\w*|making|from|overheat\w*|flash\w*|crash\w*|freez\w*))",
        "quit", "exit", "停", "停止",
    ];

    public static readonly string[] StartOver =
    [
        "start over", "begin again", "from the beginning",
        // Said about the telling, not the product: "sorry, can I start again? I've muddled it".
        "let me start again", "can i start again", "can we start again", "could i start again", "i'll start again", "start again from",
        "重新开始", "重新来", "重来", "从头开始", "重新填", "重新说", "重说", "重新讲", "从头说",
    ];

    /// <summary>Also how customers describe faults ("it keeps restarting", "I reset it"): a command only when that is all they wrote.</summary>
    public static readonly string[] StartOverShortOnly = ["restart", "reset", "start again", "from scratch"];

    public static readonly string[] Help =
    [
        "what can you do", "what do you do", "how does this work", "how do i use this", "how does it work here",
        "what are my options", "帮助", "怎么用", "你能做什么", "你会什么", "能干什么", "有什么功能", "怎么操作", "使用说明",
    ];

    public static readonly string[] HelpShortOnly =
    [
        "help", "help me", "help!",
        // "menu" alone or nearly; "ran the cleaning from the printer's menu" describes the machine (round 98: a dead end).
        "menu", "the menu", "main menu", "show me the menu", "show menu", "menu please",
        // alone: "帮忙恢复一下" asks us to restore something, it is no call for the menu
        "re:^\\s*(?:帮帮我|帮忙|求助)[吧啊呀哈啦嘛]*[!！。.?？]*\\s*$",
    ];

    public static readonly string[] Status =
    [
        // Not a pasted order's label ("Status: Delivered", "order status: dispatched", round 32).
        @"re:(?<![a-z])(?<!order\s)status(?![a-z])(?!\s*[:：=|])", "where is my repair", "where's my repair", "where is the technician", "any update", "any news", "an update",
        "update on my case", "my case", "case number", "progress", "when will the technician come", "when will someone come",
        "when is the engineer coming", "when will it be fixed", "still waiting", @"re:as-?\d{8}-\d{3,4}",
        // Asking after an earlier complaint ("my complaint" alone also opens a new one: "my complaint is that…").
        "what is happening with", "what's happening with", "whats happening with", "what happened to my", "news on my", "news about my",
        "heard anything", "update on my complaint", "status of my complaint", "follow up on my complaint", "check on my complaint",
        "check my complaint", "check on my case", "check my case",
        // An earlier case looked up by the unit (round 44): "any old case under my serial?".
        @"re:(?<![a-z])(?:old|previous|earlier|existing)\s+(?:case|ticket)s?(?![a-z])",
        // 查一下 alone is "check it for us" as often as "check my case" (round 28): only with what is to be checked.
        "re:查(?:询|一下|查)?(?:我的|一下我的|下)?(?:进度|进展|案件|案子|工单|单子|投诉|维修单|处理情况)", "re:^\\s*查询[!！。.?？]*\\s*$",
        "进度", "进展", "到哪了", "到哪一步", "什么时候来", "什么时候上门", "有消息吗", "处理得怎么样", "处理到哪", "怎么还没", "还没人来", "工单", "案件",
        "投诉怎么样", "投诉处理得", "投诉有结果", "处理结果", "有结果了吗", "有回音", "有回复吗", "怎么样了",
    ];

    public static readonly string[] Warranty =
    [
        "warranty", "guarantee", "is it covered", "am i covered", "covered", "free of charge", "for free", "do i have to pay",
        "do i need to pay", "have to pay", "do i pay", "will i pay", "am i paying", "charge me", "how much will it cost", "how much does it cost", "will i be charged", "is that a problem", "does that matter", "does it matter",
        "保修", "保不保修", "三包", "保修期", "质保", "包修", "免费修", "免费吗", "要收费吗", "收费吗", "收钱吗", "要钱吗", "要不要钱", "多少钱", "影响保修", "自己出钱", "要我出钱", "要我付", "付费吗", "要付钱",
    ];

    /// <summary>Words that make a warranty mention a question rather than part of a complaint.</summary>
    public static readonly string[] QuestionMarks =
    [
        "?", "is it", "is this", "am i", "does it", "do i", "will it", "will i", "how long", "how much", "can i", "still under", "still in",
        "吗", "么", "是否", "多久", "多长", "多少钱", "要多少", "几块钱", "保不保", "能不能", "可不可以", "还在", "算不算", "怎么算",
    ];

    public static readonly string[] Thanks =
    [
        "thanks", "thank you", "thank u", "thx", "ty", "cheers", "appreciate it", "much appreciated", "many thanks",
        "谢谢", "多谢", "感谢", "谢啦", "谢了", "3q", "辛苦了",
    ];

    public static readonly string[] Greeting =
    [
        "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening", "morning",
        "你好", "您好", "在吗", "在不在", "哈喽", "嗨", "早上好", "下午好", "晚上好", "有人吗",
    ];

    public static readonly string[] Complaint =
    [
        "broken", "broke", "not working", "doesn't work", "does not work", "don't work", "isn't working", "stopped working",
        "won't work", "faulty", "defective", "problem", "issue", "trouble", "malfunction", "complain", "complaint",
        "keeps", "won't", "not working properly", "died", "dead", "useless", "rubbish", "junk", "again",
        "坏了", "坏", "不工作", "不能用", "用不了", "没法用", "不好用", "故障", "问题", "毛病", "投诉", "出毛病", "不行了", "罢工",
        "不灵", "失灵", "质量太差", "质量问题", "质量差", "老是", "总是", "又", "不了", "不出", "不响", "报错", "垃圾",
    ];
}

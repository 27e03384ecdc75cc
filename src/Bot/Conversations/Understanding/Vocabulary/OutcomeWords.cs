namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>What customers ask for. When several are named, the strongest demand is kept (refund over replacement over
/// repair over compensation: money beside a remedy is a demand on top of it); an explicit "just an apology" beats them
/// all, being what the customer says they want instead.</summary>
internal static class OutcomeWords
{
    public static readonly (DesiredOutcome Outcome, string[] Phrases)[] All =
    [
        (DesiredOutcome.ApologyOnly, ["just want an apology", "just an apology", "only an apology", "only want an apology", "apology is enough",
            "an apology would do", "say sorry", "道歉就行", "道个歉", "道歉就可以", "只要道歉", "只想要个道歉", "赔礼道歉", "re:(?:想|要)(?:要|听)?(?:个|一个|一句|句)道歉", "给个道歉", "道个歉就", "want someone to apologi", "want an apology"]),
        (DesiredOutcome.Refund, ["refund", "money back", "my money", "return it", "return the", "send it back", "give back",
            // "I would like the licence fee refunded" (round 79): a wish, not a refund told as history.
            @"re:\b(?:want|like|need|expect|get|have)\b[^.!?;]{0,30}\brefunded\b",
            "退货", "退款", "退钱", "退掉", "全额退", "退了", "退吧", "给我退", "要退", "退回",
            // 退 on its own beside an agreement word: "好 退", "行，退" (not 退出, 后退).
            "re:(?:^|[\\s，,。！!、])退(?=$|[\\s，,。！!、吧])"]),
        (DesiredOutcome.Replacement, [
            // "换吧", "那就换吧", "给我换了吧" (round 47: to a replacement offered it came back word for word); not 换个时间吧.
            @"re:(?:^|[\s\p{P}]|那就|就|给我|快|赶紧|还是)换(?:了|掉)?吧",
            // 换 on its own, or hurried (round 65: "换 赶紧换" to a replacement offered, not understood three times), or on a condition
            // (round 69: 全新的话就换): not 换个时间.
            "re:(?:^|[\\s，,。！!、]|的话就|那就)(?:赶紧|快|快点|马上)?换(?=$|[\\s，,。！!、])", "re:(?:赶紧|快点?|马上|立刻)换(?:一台|个新的|新的)?(?=$|[\\s，,。！!、吧])",
            // A learner's "change new one" (换新的, round 26), "change one new", "change to one new" (round 42), but not "I change
            // new toner already".
            @"re:(?<![a-z])change\s+(?:(?:to|for|me|us|a|one)\s+){0,2}(?:new|another)(?:\s+(?:one|machine|unit|copier|printer|heater|hob|stove|hood))?(?![a-z])(?!\s+(?:toner|ink|cartridges?|ribbons?|drums?|filters?|batter[a-z]*|parts?|fuses?|pipes?|hoses?))",
            // Terse (round 51): "new one pls", "a new 1 plz", "new one asap" — the wish alone, not "the new one is also broken".
            @"re:(?<=^|[.!?,;]\s*)(?:a\s+|just\s+a\s+)?new\s+(?:one|1)(?=\s*(?:pls|plz|please|thx|thanks|asap|then|instead|first|[!.,]|$))",
            // "new one's good. or refund, whichever", "but new one first like i said" (round 166).
            @"re:(?<=^|[.!?,;]\s*)new\s+one'?s\s+(?:good|fine|ok|okay|great|best)(?![a-z])", @"re:(?<=(?<![a-z])(?:but|so|and)\s+)new\s+one\s+first(?![a-z])",
            // "a new hood ideally", "want a brand new copier" (round 166): a new unit of ours wished, not one bought.
            @"re:(?<![a-z])(?:want|like|need|prefer|rather|ideally|give\s+(?:me|us)|send\s+(?:me|us))\s+(?:(?:a|an)\s+)?(?:brand\s+)?new\s+(?:machine|copier|printer|heater|hob|stove|hood|cooker|boiler|extractor)(?![a-z])",
            @"re:(?<=^|[.!?,;]\s*)(?:a|an)\s+(?:brand\s+)?new\s+(?:machine|copier|printer|heater|hob|stove|hood|cooker|boiler|extractor)(?=\s+(?:would\s+be|ideally|please|pls|preferably|is\s+(?:what|my))|\s*[.!,]?\s*$)",
            "replace", "replacement", "a new one", "new unit", "swap it", "exchange", "change it",
            "换新", "换一台", "换一个", "换台", "换个新", "换货", "给我换", "更换", "换机",
            // 电话换一下 (round 52 hold-out): the phone number changed, not the unit.
            "re:(?<!(?:电话|号码|手机|手机号|联系方式|地址|时间)(?:号码)?(?:也|再|得|要|帮我|给我)?)换一下", "调换"]),
        (DesiredOutcome.Compensation, ["compensation", "compensate", "reimburse", "pay me", "pay us", "damages", "pay for the damage", "pay for my",
            // "you should pay for the cleaning", never "am I going to have to pay for this?" (the customer paying is a question)
            @"re:\byou(?:'ll|\s+will|\s+should|\s+must|\s+have\s+to|\s+need\s+to|\s+better|\s+guys\s+should|\s+to)?\s+pay\s+for\b",
            // a sum demanded ("we want 1500 yuan for that", "就是要五万块"), never a length of time
            @"re:\b(?:want|need|demand|expect|ask(?:ing)?\s+for)\s+(?:at\s+least\s+)?(?:[¥￥$]\s*)?\d{2,}(?:[.,]\d+)?(?!\s*(?:%|days?|weeks?|months?|years?|hours?|times|pages?|sheets?))",
            "re:要(?:求)?(?:至少|起码)?[\\d一二两三四五六七八九十百千万]+(?:元|块|万)",
            // Round 34: "I want that paid as well", "I'm not dropping the 800", "we want the 300 we paid back", "the 450 we paid
            // last time … I want that refunded".
            @"re:\b(?:want|need|expect)\s+(?:that|this|those|these|the\s+[a-z]+)\s+paid\b",
            @"re:(?:\bnot|n't|\bnever)\s+(?:dropping|drop|letting\s+go\s+of|let\s+go\s+of|giving\s+up(?:\s+on)?|forgetting(?:\s+about)?)\s+(?:the\s+|my\s+|our\s+|that\s+)?(?:[¥￥$]\s*)?\d{2,}",
            @"re:\b(?:want|need|expect)\s+(?:the|my|our|that)\s+(?:[¥￥$]\s*)?\d{2,}(?:\s+(?:yuan|rmb|kuai))?\b[^.!?;]{0,40}\bback\b",
            @"re:\b(?:[¥￥$]\s*)?\d{2,}\s+(?:yuan\s+)?(?:we|i)\s+(?:already\s+|have\s+|had\s+|just\s+)?paid\b[^.!?;]{0,60}\b(?:refund(?:ed)?|back|returned)\b",
            // Round 43: money lost told as a question or a claim: "what about the money I lost?", "who pays me back for the wages I
            // lost?", "I want something for that"; 误工费, 菜钱的事你们得给个说法, 坏掉的肉钱你们得出.
            @"re:\bwhat\s+about\s+(?:the|my|our)\s+(?:money|wages|pay|earnings|income)\s+(?:i|we)\s+lost\b", "lost wages", "loss of earnings", "lost earnings",
            @"re:\b(?:money|wages|pay|earnings|income)\s+(?:i|we)\s+lost\b", @"re:\bwho(?:'s|\s+is)?\s+(?:going\s+to\s+)?pays?\s+(?:me|us)\s+(?:back\s+)?for\b",
            @"re:\b(?:want|expect|deserve)\s+something\s+for\s+(?:that|this|it|the\s+(?:day|trouble|hassle|food|time)|my\s+(?:time|trouble|day|loss))\b",
            // Round 116–123: money for a loss asked as a question or beside the remedy: "what about the 800 yuan for the plumber?",
            // "and the 250 yuan taxi fare as well", "and my carpet? 1200 yuan", "the late fee paid too", "the 300 yuan reimbursed",
            // "someone senior to look at the 600"; 那三百块呢, 地板泡坏了谁管.
            @"re:\bwhat\s+about\s+(?:the|that|my|our|those)\s+(?:[¥￥$]\s*)?\d{2,}",
            // "500 yuan on top for the lost work" (round 175): a sum asked beside the remedy.
            @"re:(?<![a-z\d])(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai|元|块)?\s+on\s+top(?![a-z])",
            @"re:\b(?:the|that|my|our|those)\s+(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai|dollars?|bucks)\b[^.!?;]{0,40}\b(?:as\s+well|too|also)\b",
            @"re:^\s*(?:and|but|so)?\s*(?:what\s+about\s+)?(?:the|my|our|that)\s+[a-z]+(?:\s+[a-z]+)?\s*\?\s*(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai|dollars?|bucks)?",
            @"re:\b(?:penalty|fine|late\s+fee|late\s+penalty|bill|costs?)\s+(?:paid|covered|refunded|reimbursed)\b",
            @"re:\b(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai|dollars?|bucks)?\s+(?:reimbursed|paid\s+back|refunded|covered)\b", "reimbursed", "reimbursement",
            @"re:\b(?:someone|somebody|a\s+person|a\s+manager|a\s+supervisor)\s+(?:senior\s+|with\s+(?:the\s+)?authority\s+)?(?:to\s+(?:look\s+at|decide|sort|deal\s+with)\s+|about\s+|for\s+)(?:the|that|my|our)\s+(?:[¥￥$]\s*)?\d{2,}(?![\d.]*\s*(?:%|days?|weeks?|months?|years?|hours?|times|pages?|sheets?))",
            // Round 135 (ADR 0071): a sum asked for a loss with no money word ("80 yuan for my lost day", "200 for our wasted time"),
            // a fine asked to be paid ("pay the 150 fine", "pay back the 400"), never a fee the customer describes.
            @"re:\b(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai|dollars?|bucks)?\s+for\s+(?:my|our|the|a)\s+(?:(?:lost|wasted|missed|ruined)\s+\w+|time|trouble|hassle|inconvenience|wages|loss|day\s+off)\b",
            @"re:\bpay\s+(?:(?:us|me)\s+)?(?:back\s+)?(?:for\s+)?(?:the|my|our|that)\s+(?:[¥￥$]\s*)?(?:\d{2,}\s*(?:yuan|rmb|kuai)?\s*)?(?:fine|penalty|late\s+fee|late\s+filing\s+fee)\b",
            @"re:\bpay\s+(?:(?:us|me)\s+)?back\s+(?:the\s+)?(?:[¥￥$]\s*)?\d{2,}\b",
            @"re:(?:^|[,，;]|\band\b|\bplus\b|\balso\b)\s*(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai|dollars?|bucks)\s+for\s+(?:the|my|our)\s+[a-z]+",
            @"re:^\s*(?:and|but|so|what\s+about)?\s*(?:the|that|my|our)\s+(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai)?\s+for\s+(?:the|my|our)\s+[a-z]+(?:\s+[a-z]+)?\s*\?",
            "re:那[\\d一二两三四五六七八九十百千万几]+(?:块|元)[^，。,.!！？?]{0,6}?(?:呢|怎么算|谁出|谁管|谁赔)", "re:(?:泡坏|弄坏|坏掉|损失|耽误)(?:了|的)?[^，。,.!！？?]{0,6}谁(?:管|负责|出|赔|来赔)",
            "误工费", "损失费", "re:(?:菜钱|肉钱|饭钱|食材|工资|路费|打车费|请假)[^，。,.!！？?]{0,10}(?:你们|你家|厂家|公司)[^，。,.!！？?]{0,4}(?:出|赔|报|给个说法|负责|承担)",
            "re:(?:钱|费)的事[^，。,.!！？?]{0,6}给个说法",
            "赔偿", "补偿", "赔钱", "赔我",
            // What insurance would pay (保险公司都会赔的, round 118) is no money asked of us.
            "re:赔(?<!保险(?:公司)?[都也会能就可以还]{0,3}赔)(?<!理赔)(?!付)", "re:(?:再|另外|额外)?补(?:我|给我|偿我)[一二两三四五六七八九十百千万\\d]+(?:块|元)",
            // 报销 is compensation ("医药费你们得给我报销"), not the company's own expense claim (走报销流程, 公司报销要用).
            "re:(?<!走|公司|单位|拿去|回去|财务)报销(?!流程|用|要用|单|手续|的)"]),
        (DesiredOutcome.Repair, ["repair", "fix", "repair it", "repair this", "get it repaired", "have it repaired", "want it repaired", "fix it", "fix this",
            "get it fixed", @"re:(?<![a-z])(?:want|wants|wanted|like|need|needs|have|get|getting|rather)\s+(?:it|this|them|these|the\s+\w+)\s+(?:\w+\s+)?fixed(?![a-z])(?!\s+(?:properly|for\s+good|once\s+and\s+for\s+all|right\s+this\s+time))", "working again", "get it working", "sort it out",
            // "I'd like it repaired please, surely that's still warranty" (round 120: "Sorry, I didn't catch that" twice).
            @"re:(?<![a-z])(?:like|want|need|rather\s+have)\s+(?:it|this|them|these|the\s+\w+)\s+repaired(?![a-z])",
            // Remote support named (round 47: "那就远程，快点" to remote support offered came back word for word): 远程 alone, "remote
            // support", "do it remotely".
            "re:远程(?!控制|遥控)", @"re:(?<![a-z])(?:remote\s+(?:support|session|help|access|fix|assistance)|remotely|remote\s+(?:then|is\s+fine|please|it\s+is|ok))(?![a-z])",
            // Software that should give the right figures again (round 47): "correct reports", "accurate figures", "reports that add up".
            @"re:(?<![a-z])(?:correct|accurate|right|proper)\s+(?:reports?|figures|numbers|totals|balances?|results|calculations)(?![a-z])",
            @"re:(?<![a-z])(?:reports?|figures|numbers|totals|balances?|books)\s+that\s+(?:add\s+up|balance|are\s+(?:right|correct))(?![a-z])",
            // "能不能彻底解决" at the wish question (round 178: asked again three times): the fault fixed for good.
            "re:(?:彻底|根本|一次性|彻彻底底)(?:地)?(?:解决|修好|搞定|弄好)",
            // Software whose data should come back (round 175: "把备份恢复出来" at the wish question was asked again three times).
            "re:(?:把|帮我|给我)?(?:备份|数据|账套|账)?恢复(?:出来|好|回来)", @"re:(?<![a-z])(?:get|have)\s+(?:the\s+|my\s+|our\s+)?(?:backup|data|restore)\s+(?:restored|working|back)(?![a-z])",
            // British and older English (round 29): "I would like it mended under the guarantee", "could you mend it".
            @"re:(?<![a-z])(?:mend|mends|mended|mending)(?![a-z])", "send someone", "send a technician", "send an engineer", "come and fix", "come and look",
            "re:(?<![保包维])修(?!过|的|完|了?好?[两几一二三四五六七八九十\\d]*[次回遍趟])", "re:维修(?!进度|单|记录|站|点|店|过|师傅|费)", "re:修好(?!几)", "re:^\\s*(?:走|按|给我|就)?保修(?:吧|啊|呀|呗)?\\s*[。.!！]*\\s*$", "修一下", "派人", "修理", "re:帮(?:忙|我|我们|一下)?(?:恢复|弄好|搞好|处理好|解决一下|装好|安装好|装上)", "恢复一下", "师傅来", "上门维修", "上门修", "re:把(?:软件|机器|灶|热水器|油烟机|打印机|复印机|它|这个|系统|报表)[^，。,.!！？?\\s]{0,4}(?:弄好|搞好|修好|处理好|调好)"]),
    ];
}

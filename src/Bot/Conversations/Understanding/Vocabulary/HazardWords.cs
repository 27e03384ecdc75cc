namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>
/// Emergencies (DOMAIN.md, safety first). The look-arounds keep faults from sounding like fires: 打不着火 and
/// 着不了火 are a stove that will not light, "the flame goes out" is not a fire, 油烟 is cooking smoke.
/// </summary>
internal static class HazardWords
{
    /// <summary>An illness, a treatment or a birth that takes someone to hospital (not the appliance): chemo, surgery, 化疗, 陪护.</summary>
    private const string IllnessWords = @"(?<![a-z])(?:chemo\w*|cancer|surgery|operation|dialysis|treatment|appointments?|check-?ups?|stroke|pregnan\w*|birth|nurse|ward|physio\w*|dementia|alzheimer'?s|(?:is|was|being|been)\s+(?:ill|sick|poorly)|visiting|work(?:s|ing|ed)?\s+(?:nights\s+|shifts\s+|days\s+)?(?:at|in)|shifts?)(?![a-z])";
    private const string IllnessWordsZh = "化疗|放疗|手术|透析|输液|复查|产检|检查|看病|住院|陪护|陪床|陪着|陪我|陪他|陪她|生病|病了|待产|生孩子|上班";

    public static readonly (SafetyHazard Hazard, string[] Phrases)[] All =
    [
        (SafetyHazard.Fire, [
            // "fire" alone, but not a gas stove's flame in a learner's English (round 26): "the left fire cannot fire", "the fire
            // become very small", "fire go off by itself", "right side fire not come", "use the lighter to make it fire".
            @"re:(?<![a-z])(?<!(?:left|right|front|back|rear|middle|centre|center|inner|outer|side|stove|hob|burner|cooker|gas)\s+)(?<!(?:make|makes|made|making|get|gets|got|let)\s+(?:it\s+|them\s+)?)(?<!(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|can'?t|cant|cannot|never|not)\s+)(?<!(?:dumpster|trash|garbage|bin|tyre|tire|grease|kitchen)\s+)(?<!(?:\bwe|\bi|we'?re|i'?m|we\s+are|i\s+am|everyone\s+is|everybody\s+is|we'?ve\s+been|i'?ve\s+been)\s+(?:literally\s+|totally\s+|so\s+|completely\s+|basically\s+|absolutely\s+)?on\s+)fire(?![a-z])(?!\s+up(?![a-z]))(?!\s+hazard\s+of\s+a\s+(?:design|layout|thing|setup|machine))(?!\s+(?:of\s+(?:the\s+|my\s+)?(?:stove|hob|burner|cooker)|(?:is\s+|was\s+|become\s+|becomes\s+|became\s+|get\s+|gets\s+|got\s+|getting\s+|very\s+|too\s+|so\s+|always\s+|sometimes?\s+|also\s+|then\s+|just\s+|only\s+)*(?:small|smaller|weak|weaker|low|lower|little|tiny|go\s+(?:off|out)|goes\s+(?:off|out)|went\s+(?:off|out)|die|dies|died|off\b|cannot|can'?t|won'?t|not\b|don'?t|doesn'?t|didn'?t|no\s+come|on\s+and\s+off|come\s+and\s+go|not\s+come|well\b|not\s+stable|unstable|very\s+small"
                // "when I let go the fire goes, every time" (round 169): the flame goes out.
                + @"|(?:goes|go|went|gone|disappears|disappeared|vanishes)(?=\s*(?:[,.;!?]|$|and\b|but\b|away\b|again\b|after\b|every\b|when\b|each\b)))))",
            // "we are literally on fire here" (round 67): a busy office, not a fire.
            @"re:(?<![a-z])(?<!(?:\bwe|\bi|we'?re|i'?m|we\s+are|i\s+am|everyone\s+is|everybody\s+is|we'?ve\s+been|i'?ve\s+been)\s+(?:literally\s+|totally\s+|so\s+|completely\s+|basically\s+|absolutely\s+)?)on\s+fire(?![a-z])", "caught fire", "catch fire", "flames came out", "flames shooting", "flames coming out",
            "burst into flames", "in flames", "blaze", "sparks coming", "sparks came", "sparks flying", "sparking from", "sparks from the", "electrical sparks",
            @"re:(?:there\s+(?:were|was)|saw|seen|see)\s+(?:some\s+|a\s+(?:few\s+|little\s+|small\s+|tiny\s+)?|little\s+|small\s+)?sparks?(?![a-z])(?![^.!?]{0,30}(?:no\s+flame|won'?t\s+(?:light|catch)|doesn'?t\s+(?:light|catch)|not\s+(?:light|catch)))",
            // "there was a pop and a little flash at the back where the cable goes in" (round 67 hold-out); 从侧面缝里能看到火花, but
            // never the igniter's spark of a stove that won't light (点火的时候能看到火花，就是打不着).
            @"re:(?<![a-z])(?:pop|bang|crack|crackle|fizz)\s+and\s+(?:then\s+)?(?:a\s+)?(?:little\s+|small\s+|tiny\s+|bright\s+|blue\s+|quick\s+)?(?:flash|spark)(?![a-z])",
            @"re:(?<![a-z])(?:flash|flashes|spark|sparks)\s+(?:at|from|near|by|where|behind|round|around)\s+(?:the\s+)?(?:back|cable|cord|plug|socket|power|lead|wall)(?![a-z])",
            @"re:(?=[看能冒蹦迸闪])(?<!(?:打不着|点不着|点不燃|着不了|打火|点火|灶|炉)[\s\S]*)(?:看到|看见|能看到|能看见|冒出|蹦出|迸出|闪出)[^，。,.!！？?]{0,3}火花(?![\s\S]*(?:打不着|点不着|点不燃|着不了|打火|点火))",
            "闪了一下火花", "闪火花", "冒火星", "打火星", "re:(?:插头|插座|电源|电线|插排)[^，。,.]{0,6}火花", @"re:sparks?(?<!(?:igniter|ignitor|ignition|electrode|click\w*)[^.!?]{0,40}sparks?)\s+(?:where|at|near|around|out\s+of)(?![a-z])(?!\s+(?:the\s+)?(?:electrode|igniter|ignitor|ignition|burner|tip|pin|needle)s?(?![a-z]))", "冒火花", "re:冒(?:了|出|出了)?(?:个|一个|一下|几个|点|些|一串|一点)火花", "电火花", "火花四溅", "起火", "失火", "火灾", "烧起来", "冒火", "火苗窜", "蹿火", "窜火", 
            // 点着火 / 打着火 / 点得着火 (round 79/82): a burner or heater that lights, not something on fire.
            // 开着开着火就自己灭了 (round 84 hold-out): "while it is on, the flame goes out", no fire.
            "re:(?<!打不|点不|不|没|点|打|点得|打得|开|烧|用|煮|炒)着火(?!了没)(?![^，。,.!！？?]{0,4}(?:灭|熄))"]),
        (SafetyHazard.Smoke, [
            // "smoke coming out of her ears" (round 152): temper, not smoke.
            @"re:(?<![a-z])smoke\s+(?:is\s+)?(?:coming|came|pouring)(?![a-z])(?![^.!?]{0,12}(?:out\s+of|from)\s+(?:his|her|my|their|your|our)\s+ears)",
            // Cooking smoke a weak hood leaves in the kitchen (round 67): "fills with smoke from the wok" is the hood's fault, no fire.
            @"re:(?<![a-z])smoke\s+from(?!\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:wok|pan|pans|frying|cooking|food|oil|stir[\s-]?fry|grill|the\s+cooking))(?![a-z])", "it smokes",
            // "smoking fast", "smoking hot value" (round 54) are praise, not smoke.
            @"re:(?<![a-z])smoking(?![a-z])(?!\s+(?:fast|quick|hot|deal|good|gun|area|room|section|habit|ban|jacket))",
            // 气得我头顶冒烟, 急得嗓子都冒烟 (round 54): temper, not smoke.
            "re:(?<!(?:头顶|头上|头|嗓子|喉咙|气得我?|急得我?|气的我?|急的我?|七窍|脑袋|脑门|心里)(?:都|也|直|要|快|在)?)冒烟",
            // 火是黄的，冒黑烟把锅底都熏黑了 (round 169): a yellow flame sooting the pan is a burner fault, not smoke from the unit.
            "re:(?<!黄[^。.!！？?]{0,6})冒黑烟(?![^。.!！？?]{0,6}(?:熏|锅))", "冒白烟", "有烟冒出",
            // 冒了一小股烟, 冒出一缕白烟 (round 54): a puff is smoke.
            "re:冒(?:了|出|出了)?(?:一|几)?(?:小|大)?(?:股|缕|阵|丝|点|些)(?:黑|白|青|浓|蓝)?烟",
            // "a burnt smell off the back", "a hot plastic smell" (round 54).
            @"re:(?<![a-z])(?:burnt|burned|burning|scorched|singed|melting|melted|hot[\s-]+plastic|hot[\s-]+electrical)\s+(?:smell|odou?r|stink|stench)(?![a-z])",
            @"re:(?<![a-z])(?:smell|smells|smelt|smelled|smelling)\s+(?:a\s+bit\s+|kind\s+of\s+|sort\s+of\s+)?(?:of|like)\s+(?:something\s+)?(?:burnt|burned|burning|scorched|hot\s+plastic|melting)(?![a-z])",
            // "smells a bit burnt now lol" (round 67 hold-out).
            @"re:(?<![a-z])(?:smell|smells|smelt|smelled|smelling)\s+(?:a\s+(?:bit|little)\s+|kind\s+of\s+|sort\s+of\s+|slightly\s+|really\s+|very\s+|quite\s+)?(?:burnt|burned|scorched|singed)(?![a-z])",
            // A burning smell from an appliance is the smoke before the smoke (wiring, a motor, a plug).
            "burning smell", "smell of burning", "smells of burning", "smells like burning", "smell like burning", "burning plastic",
            "burnt plastic", "smells burnt", "electrical smell", "烧焦味", "烧焦的味道", "焦味", "焦糊味", "塑料烧焦", "有股烧焦", "有股糊味", "一股糊味", "糊味儿", "re:冒了?(?:一下|几下|点|些)?火星"]),
        (SafetyHazard.GasLeak, ["smell gas", "smells of gas", "smell of gas", "gas smell", "smells like gas", "gas leak", "leaking gas",
            "gas is leaking", "gas leaking", "rotten egg", "gas odour", "gas odor", "smelling gas", "gassy smell",
            @"re:(?:smell|smells|odou?r)\s+(?:a\s+bit\s+|kind\s+of\s+|sort\s+of\s+)?(?:like|of)\s+(?:a\s+|the\s+)?(?:gas|rotten\s+eggs?)(?![a-z])", "臭鸡蛋味", "煤气味", "燃气味",
            // Mixed writing (round 74 hold-out): 卫生间有点 gas 的味道, gas味.
            @"re:(?<![a-z])gas\s*的?\s*(?:味道|味儿|味)", "天然气味", "漏气", "燃气泄漏", "煤气泄漏", "天然气泄漏", "闻到煤气", "闻到燃气"]),
        (SafetyHazard.ElectricShock, ["electric shock",
            // "it shocked me how slow it is", "shocked me that…" (round 54), "the price of a new one shocked me" (round 74): surprise,
            // not a shock.
            @"re:(?<![a-z])shocked\s+me(?![a-z])(?<!(?:price|prices|cost|costs|bill|quote|charge|charges|fee|fees|invoice|estimate|amount|number|total|what\s+you\s+(?:charge|want|ask))\b[^.!?;]{0,40}shocked\s+me)(?!\s+(?:how|that|what|when(?!\s+(?:i|we|he|she|they|my\s+[a-z]+)\s+(?:touched|grabbed|held|plugged|unplugged|switched|turned|opened|cleaned|wiped|reached|pulled|put))|to\s+see|to\s+find|to\s+learn|with|at|because|a\s+bit|so\s+much|more|too|honestly|tbh))", "got a shock", "got shocked", "gave me a shock", "electrocuted",
            "live wire", "zapped me", "tingling", "tingles", "i get a tingle",
            // "felt a little tingle from the side of the casing when she touched it" (round 74 hold-out), even waved off as static.
            @"re:(?<![a-z])(?:felt|feel|feels|feeling)\s+(?:a\s+|an\s+)?(?:little\s+|small\s+|slight\s+|mild\s+|tiny\s+|faint\s+|bit\s+of\s+a\s+)?(?:electric(?:al)?\s+)?(?:tingle|zap|jolt|shock)(?![a-z])",
            @"re:(?:get|gets|got|getting|give|gives|gave|giving)\s+(?:me\s+)?(?:a\s+)?(?:little\s+|small\s+|slight\s+|mild\s+|tiny\s+)?(?:electric(?:al)?\s+)?(?:zap|shock|tingle|jolt)(?![a-z])",
            // "a buzz through your fingers", "an electric tingle": felt, not heard (round 29); "an electric buzzing noise" is a noise.
            @"re:(?<![a-z])(?:buzz|tingle|zap)\s+(?:through|in|up|into)\s+(?:my|her|his|your|their|our|the)\s+(?:hand|hands|finger|fingers|arm|arms|body)(?![a-z])",
            @"re:(?<![a-z])electric(?:al)?\s+tingle", "触电", "漏电", "电到", "电了我", "麻手", "被电", "电手",
            // 手有点麻, 摸着发麻: a tingle from a tap or a casing (round 28/29); 太麻烦 is no tingle.
            "re:(?:手|手指|胳膊|身上)(?:都|就|会|有点|有些|一下|一阵)?(?:发)?麻(?!烦)", "re:摸(?:着|上去|起来|到)?(?:有点|有些|会)?发麻",
            // A touch, then the tingle (round 99 hold-out): 手碰到热水器外壳,麻了一下; 一摸水龙头就麻一下.
            "re:(?:碰|摸|碰到|摸到|触到|挨到|碰了|摸了)[^。.!！？?]{0,12}?(?:就|会|都)?(?:有点|有些)?(?:麻了一下|麻一下|麻了|发麻|一麻)(?!烦)",
            // A live casing (round 104 hold-out): 外壳带电, 电笔碰外壳氖泡亮, 手碰到阀门有点麻.
            "re:(?:碰|摸|碰到|摸到|触到|挨到|碰了|摸了)[^。.!！？?]{0,12}?(?:有点|有些|一点)麻(?!烦)",
            "re:(?:外壳|机身|壳子|阀门|水龙头|龙头|水管|出水口|花洒|表面|金属|机器)[^，。,.!！？?]{0,3}带电", "re:(?:电笔|测电笔|试电笔)[^。.!！？?]{0,10}(?:亮|发光)",
            @"re:(?<![a-z])(?:casing|case|housing|body|tap|valve|pipe|metal|frame)\s+(?:is\s+|was\s+|are\s+)?live(?![a-z])|(?<![a-z])(?:tester|test\s+pen|voltage\s+pen|neon)\s+(?:screwdriver\s+)?(?:lights?|lit|glows?|glowed)\s+up(?![a-z])",
            // Water running onto a socket or the wiring: live parts wet.
            @"re:(?:water|leak\w*|drip\w*)[^.!?]{0,40}\b(?:onto|into|on|over|in)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:plug\s+)?(?:socket|outlet|plug|power\s+(?:strip|point|board)|wiring|extension\s+(?:lead|cord))s?(?![a-z])",
            "re:(?:漏水|滴水|渗水|水)[^，。,.]{0,10}(?:插座|插头|插排|接线板|电源线|电线)(?:上|里|那)",
            // Water creeping towards a socket, a socket standing in it (round 31): "trickling towards the extension lead",
            // "the wall around the socket is soaked", 快流到插座那里了, 插座周围全是水.
            @"re:(?:water|leak\w*|drip\w*|trickl\w*)[^.!?]{0,60}\b(?:towards?|near|down\s+to|up\s+to|reaching|round|around|under|beside)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:plug\s+)?(?:socket|outlet|power\s+(?:strip|point|board)|wiring|extension\s+(?:lead|cord))s?(?![a-z])",
            @"re:(?<![a-z])(?:socket|outlet|power\s+point|extension\s+(?:lead|cord))s?[^.!?]{0,30}(?<![a-z])(?:wet|soaked|soaking|damp|dripping)(?![a-z])|(?<![a-z])(?:wet|soaked|soaking|damp)(?![a-z])[^.!?]{0,30}(?<![a-z])(?:socket|outlet|power\s+point)s?(?![a-z])",
            "re:(?:流到|流向|流进|淌到|渗到|滴到|漫到|往)[^，。,.]{0,4}(?:插座|插头|插排|接线板|电源线|电线)",
            "re:(?:插座|插头|插排|接线板)(?:上|里|旁边|附近|周围|下面|那里|那边)?[^，。,.]{0,3}(?:全是水|都是水|有水|湿了|湿透|进水|泡水|沾水|是湿的)",
            // 插线板就搁在地上 离那滩水就一点点 (round 67): a power strip a hand's breadth from the water.
            "re:(?:插座|插头|插排|插线板|接线板|排插)[^，。,.!！？?]{0,10}(?:离|挨着|靠着|紧挨|贴着)[^，。,.!！？?]{0,4}(?:那滩|这滩|一滩|地上的)?水",
            "re:(?:那滩|这滩|一滩|地上的)水[^，。,.!！？?]{0,6}(?:离|挨着|靠着|紧挨|快到|漫到)[^，。,.!！？?]{0,4}(?:插座|插头|插排|插线板|接线板|排插)"]),
        (SafetyHazard.Injury, ["injured", "injury", "hurt myself", "got hurt", "burned my", "burnt my", "scalded", "cut my", "bleeding",
            // "my son burnt his fingers on the panel", "the kid got burned" (round 31).
            @"re:(?<![a-z])(?:burnt|burned|burns|burning|scald\w*)\s+(?:his|her|their|our|your|the\s+(?:child|kid|baby|boy|girl)'?s?)\s+(?:\w+\s+)?(?:fingers?|hands?|arms?|skin|face|legs?|palm|wrist|thumb)(?![a-z])",
            @"re:(?<![a-z])(?:he|she|i|we|they|son|daughter|child|kid|baby|boy|girl|wife|husband|mum|mom|dad|grandma|grandad)\s+(?:got|gets|was|were|has\s+been|had\s+been|have\s+been)\s+(?:badly\s+|slightly\s+|a\s+bit\s+)?(?:burnt|burned|scalded)(?![a-z])",
            // A baby brought home from hospital dates the story (round 106), it is no injury: "the week we brought her home from the
            // hospital", 宝宝从医院接回家那周; "he went to hospital with the burn" still is one. An illness treated there, or someone
            // kept company there (round 153: "my husband is in chemo and I have to be at the hospital with him", 要去医院陪护我妈), is
            // why the customer is in a hurry, not an injury from the appliance.
            @"re:(?<!(?:" + IllnessWords + @")[^.!?]{0,80})(?<![a-z])hospital(?![a-z])(?![^.!?]{0,80}(?:" + IllnessWords + @"))(?!\s+with\s+(?:him|her|them|my\s+(?:mum|mom|dad|mother|father|husband|wife|son|daughter|gran\w*)))(?<!(?:home|back|out)\s+(?:from|of)\s+(?:the\s+)?hospital)(?<!maternity\s+hospital)",
            "受伤", "烫伤", "烧伤", "re:(?:手|手指|胳膊|腿|脸|人|孩子)[^，。,.]{0,3}划伤", "割伤", "砸伤", "流血",
            @"re:(?<!(?:" + IllnessWordsZh + @")[^。！？!?]{0,30})(?<!从)医院(?!接)(?![^。！？!?]{0,30}(?:" + IllnessWordsZh + @"))", "烫到"]),
        (SafetyHazard.Explosion, ["explode", "exploded", "explosion", "blew up", "blown up",
            // A bang from the mains (a power strip when the power came back) is the voltage, not the product exploding.
            @"re:loud bang(?! (?:from|in|at|on) (?:the |our |my |a )?(?:power strip|power board|extension|socket|plug|outlet|fuse|breaker|mains|transformer|meter|street|thunder))", "爆炸",
            // 气炸了, 心态都炸了, 系统又炸了 (round 54): temper and a crashed program, not an explosion; 头都要炸了, 耳朵都快被它吵炸了
            // (round 74): a noise that drives one mad.
            "re:(?=炸了)(?<!(?:气|心态|肺|头|脑袋|脑子|耳朵|耳膜|人|我|群|朋友圈|评论区|系统|软件|程序|服务器|网站|数据库|电脑|报表|账)(?:都|也|直接|又|快|要|真|被它|被|给|吵|得)*)炸了", "re:(?<!水管|管子)爆了",
            // A glass panel that burst by itself (玻璃面板自己炸裂了, dev 054) is tempered glass failing, a fault to repair, not an
            // explosion; a bang with fire or gas stays one, and so does any glass that burst with no "by itself".
            "re:(?<!玻璃(?:面板|面|盖板|台面|板)?(?:自己|自个儿|无缘无故|莫名其妙)(?:地|的)?(?:就)?)(?:炸裂|爆裂)"]),
    ];
}

namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>
/// How customers describe each fault code of the shared vocabulary (knowledge/demo/README.md) and the damage codes
/// the coverage decision asks about. Phrases already carrying their negation ("won't light", 不出热水) are
/// symptoms; a negation before a phrase ("no leak", 没有漏水) cancels it.
/// </summary>
internal static class SymptomWords
{
    public static readonly (string Code, string[] Phrases)[] All =
    [
        ("NO_IGNITION", ["won't light", "wont light", "doesn't light", "does not light", "not lighting", "won't ignite", "doesn't ignite",
            "not igniting", "no ignition", "ignition", "igniter", "ignitor", "can't light", "cannot light", "won't catch", "just clicks",
            "keeps clicking", "clicking but", "clicks but", "click but", "no spark", "stopped lighting", "stopped igniting",
            "fails to light", "not light", "wont ignite",
            // Non-native (round 22): "now again is not fire", "no fire when i turn the knob".
            @"re:\b(?:is\s+)?not\s+fir(?:e|ing)\b", @"re:\b(?:cannot|can'?t|can\s+not|won'?t)\s+fire\b",
            @"re:(?<![a-z])fire\s+(?:cannot|can'?t|can\s+not|won'?t|doesn'?t|does\s+not|not|no)\s+(?:come|start|light|catch)", "no fire come", "no fire", "won't light up", "no flame", "won't fire up", "wont fire up", "doesn't fire up", "doesnt fire up", "won't fire", "wont fire", "doesn't fire", "doesnt fire", "didn't fire up", "didnt fire up",
            // Never lit since it was fitted (round 33): 一次都没点着过火, 就没打着过.
            "re:没(?:有)?(?:打|点)着过", "点不起来", "点不着火", "打不燃", "打火没反应", "不能点火", "打火打不着", "打不着火", "re:(?<!竿子?)打不着", "点不着", "点不燃", "点不了火", "不点火", "着不了火", "打不了火",
            "不打火", "火点不着", "没有火", "不着火", "点火器", "点火针",
            // Round 124–131 (quoted back before): "clicks away and nothing lights", "the spark is weak", 看不到火花.
            @"re:(?<![a-z])nothing\s+(?:lights|catches|ignites)(?!\s+up)(?![a-z])", @"re:(?<![a-z])spark\s+(?:is|looks|seems|'s|has\s+been)\s+(?:really\s+|very\s+|so\s+|quite\s+|a\s+bit\s+)?(?:weak|faint|tiny)(?![a-z])", "weak spark",
            "看不到火花", "没有火花", "没火花", "不出火花", "火花很弱", "火花弱", "火花很小",
            // No flame comes (round 92): 一拧就啪啪响就是不出火苗, 火苗出不来, 光响不着.
            "不出火", "出不来火", "没火苗", "没有火苗", "re:火苗[^，。,.!！？?]{0,4}出不来", "光响不着", "响不着",
            // Lights only after many tries (round 111/114): "takes like 5 or 6 clicks before it catches", 要打好几次才着.
            @"re:(?<![a-z])(?:takes|needs|needed|took)\s+(?:like\s+|about\s+|around\s+|up\s+to\s+)?(?:\d+|a\s+few|several|many|loads\s+of|two|three|four|five|six|seven|eight|ten)(?:\s+or\s+(?:\d+|\w+))?\s+(?:clicks|tries|goes|attempts)(?![a-z])",
            "re:(?:打|点|拧|按)(?:了)?(?:好几|几|很多|半天|[二两三四五六七八九十\\d]+)(?:次|下)(?:才|都)(?:能)?(?:着|点着|打着|点燃)"]),
        ("FLAME_GOES_OUT", [
            // A learner's "fire" for the flame (round 26): "the fire go off by itself", "fire become small then go out".
            @"re:(?<![a-z])fire\s+(?:[a-z]+\s+){0,6}(?:go|goes|went|going)\s+(?:off|out)(?![a-z])",
            "flame goes out", "flame keeps going out", "flame went out", "goes out", "keeps going out", "flame dies",
            "cuts out", "flame out", "熄火", "自动熄火", "火灭了", "火会灭", "灭火", "火苗灭", "re:火[^，。,.!！]{0,3}灭",
            // Round 111/115: 火有时候自己灭了, 火老是自己灭.
            "re:火(?:有时候?|时不时|老是|总是|经常|动不动)(?:就)?(?:自己|自动)?(?:就)?灭",
            // Round 124: 炒着炒着就灭了, a flame that will not hold (火忽大忽小, 火一会大一会小).
            "re:(?:炒|烧|煮|炖|用)着[^，。,.!！？?]{0,3}(?:就|又)?灭", "re:火[^，。,.!！]{0,2}(?:一会儿?大一会儿?小|忽大忽小|时大时小)",
            // A flame that comes and goes.
            // Lit, then out within seconds (round 23): 点着了没两秒就灭, 打着了一会儿就灭了.
            "re:(?:点|打)着了?[^，。,.!！？?]{0,8}灭", "re:没(?:几|两|一)秒[^，。,.!！]{0,2}(?:就)?灭", "re:一会儿?就灭",
            "re:火[^，。,.!！]{0,2}时有时无", "re:火[^，。,.!！]{0,2}一会儿?有一会儿?没", @"re:(?:flame|fire)[^.,;!?]{0,15}(?:on\s+and\s+off|off\s+and\s+on|comes\s+and\s+goes)"]),
        ("LEAK", ["leak", "leaks", "leaking", "leaked", "dripping", "drips", "puddle", "water everywhere",
            // "seeping water underneath" (round 164 tests): water seeping out is a leak; "seeping into the report" is not water.
            @"re:(?<![a-z])(?:seep|seeps|seeping|seeped)\s+(?:out\s+)?(?:water|from|under|underneath|out|through|at)(?![a-z])|(?<![a-z])water\s+(?:is\s+|was\s+)?(?:seep|seeps|seeping|seeped)(?![a-z])", "漏水", "渗水", "滴水", "re:漏(?!气|电|粉|墨)", "冒水"]),
        ("NO_HOT_WATER", ["no hot water", "not hot", "only cold water", "cold water only", "water is cold", "water stays cold",
            "won't heat", "doesn't heat", "not heating", "no heat", "stopped heating", "stops heating", "isn't heating", "no longer heats", "doesn't get hot", "stopped getting hot", "lukewarm", @"re:\bnot\s+heat(?:s|ing)?\b(?!\s+up\s+fast)", "不出热水", "re:(?<!不能|不可以|不能够|离不开)没有热水", "re:(?<!不能|不可以|不能够|离不开)没热水", "不热", "不加热", "水不热",
            "出冷水", "热水出不来",
            // Round 109/110: 洗着洗着就变冷水了, 出来一直是凉水.
            "re:变(?:成)?(?:冷水|凉水|凉了)", "re:(?:出来|出的|出水)(?:一直|都|全)?是(?:冷水|凉水)", "出凉水", "水温不够", "水温低", "水不够热", "不够热", "re:热水[^，。,.]{0,3}慢", "只出冷水", "温度上不去",
            // Lukewarm (round 79/82): 出来的水一直是温的, 温吞吞的.
            "re:水[^，。,.!?！？]{0,4}(?:是|都是|只是|就是)?温(?:的|乎乎|吞吞|吞)", "温吞吞",
            // A reading below the setting (round 35): 出水最高才40度, "the water only gets to 38 degrees".
            "re:出水[^，。,.!?！？]{0,6}(?:只有|才|最高|顶多)[^，。,.!?！？]{0,4}\\d+\\s*(?:度|℃)",
            @"re:\b(?:only|barely|never)\s+(?:gets?|reach(?:es)?|goes?|comes?\s+out\s+at)\s+(?:up\s+to\s+|to\s+)?(?:about\s+|around\s+)?\d+\s*(?:°\s*c?|degrees|c\b)", "water's cold", "water is freezing", @"re:\b(?:only|just)\s+(?:gives?|gave|giving|runs?|ran|running|puts?\s+out|does|produces?|comes?\s+out)\s+(?:me\s+|us\s+)?(?:ice\s+|freezing\s+)?cold(?:\s+water)?\b", "cold shower", "barely warm", "hardly warm", "only warm", "not hot enough", "never gets hot", "hot water stopped", "not getting hot", "no warm water", "不热水",
            // Hot one moment, cold the next: the heater cannot hold the water hot (an intermittent NO_HOT_WATER).
            "re:一会儿?[冷热]一会儿?[冷热]", "re:[忽时][冷热][忽时][冷热]", "冷热不均", "re:(?:水温|温度)[^，。,.]{0,3}(?:忽高忽低|时高时低|不稳)",
            @"re:sometimes\s+(?:hot|warm|cold),?\s+(?:and\s+|then\s+)?sometimes\s+(?:hot|warm|cold)",
            @"re:(?:goes|going|turns|turning|runs|running|switches|switching|alternates|alternating)\s+(?:from\s+)?(?:hot|warm|cold)\s+(?:and|to|then)\s+(?:hot|warm|cold)",
            @"re:hot\s+water[^.,;!?]{0,15}(?:comes\s+and\s+goes|on\s+and\s+off|off\s+and\s+on|keeps\s+cutting\s+out)",
            @"re:temperature[^.,;!?]{0,12}(?:fluctuat|unstable|up\s+and\s+down|keeps\s+changing)"]),
        ("GAS_SMELL", ["smell gas", "smells of gas", "smell of gas", "gas smell", "smells like gas", "gas leak", "leaking gas", "gas is leaking",
            "煤气味", "燃气味", "天然气味",
            // A smell the customer cannot place (有股味 说不上来是什么味, round 128) is not yet gas.
            "re:有(?:气味|股味)(?![^。.!！？?]{0,12}(?:说不上来|说不清|不知道是什么|形容不出|讲不出))", "漏气", "燃气泄漏", "煤气泄漏", "气味很大", "闻到煤气", "闻到气味", "rotten egg", "臭鸡蛋味"]),
        ("NOISE", ["noise", "noisy", "loud", "rattling", "rattles", "vibrat", "buzzing", "humming",
            // "a droning hum on every speed" (round 69).
            @"re:(?<![a-z])(?:hum|hums|drone|drones|droning)(?![a-z])", "squeal", "grinding", "banging noise",
            // Round 109/111: "a high whine", "squeaks every time it feeds", 有一点点沙沙的声音, 吱吱响.
            @"re:(?<![a-z])(?:whine|whines|whining|whiny|squeak|squeaks|squeaking|squeaky|rattle|screech\w*|clunk\w*|knocking\s+sound)(?![a-z])", "re:沙沙|吱吱|咯吱|咔咔|咔哒|哒哒|呜呜",
            // Round 128: a sound told by what it is like (声音像拖拉机, 哐哐哐的, 咣当咣当).
            "re:声音(?:就|好)?像", "re:哐哐|咣咣|咣当|哐当|轰隆|轰轰|嘎嘎|突突|咚咚", "re:(?:在|一直|都在|直)(?:抖|震)(?!音)",
            @"re:(?<![a-z])(?:howl|howls|howling|popping(?!\s+up)|pops(?!\s+up)|crackle|crackles|crackling|clatter\w*|thumping|whirring)(?![a-z])",
            "噪音", "噪声", "re:(?<!影)响(?!应)", "re:声音[^，。,.]{0,2}大", "很吵", "太吵", "异响", "嗡嗡", "震动", "抖动"]),
        ("WEAK_SUCTION", [
            // Round 126: "the hood is so weak the smoke goes all over the flat".
            @"re:(?<![a-z])smoke\s+(?:goes|going|went|gets|spreads?|drifts?)\s+(?:everywhere|all\s+over|into\s+the\s+(?:room|house|flat|kitchen))",
            @"re:(?<![a-z])(?:hood|extractor|fan)\s+(?:is|'s|seems|has\s+got)\s+(?:really\s+|very\s+|so\s+|quite\s+)?weak(?![a-z])", "weak suction", "poor suction", "no suction", "doesn't suck", "not sucking", "doesn't pull", "suction",
            "smoke stays", "barely sucks", "doesn't suck", "doesnt suck", "barely pulls", "not pulling", "fills with smoke",
            "doesn't spin", "doesnt spin", "won't spin", "wont spin", "not spinning", "风机不转", "不转了", "不转", "吸力小", "吸力不足", "吸力弱", "吸不干净", "吸不走", "抽不走", "不吸烟", "吸力"]),
        ("PAPER_JAM", ["paper jam", "jam", "jams", "jammed", "jamming", "misfeed", "misfeeds", "misfeeding", "mis-feeding", "doesn't feed", "won't feed", "not feeding", "paper stuck", "stuck paper", "feeds two", "paper gets stuck", "eats paper", "eating paper",
            // Everyday words: it "chews up" or "crumples" the paper, "eats a sheet every few pages".
            "chews up", "chewed up", "chewing up", "chews the paper", "crumple", "crumples", "crumpled", "crumpling", "crinkled", "crinkles", "mangles", "mangled",
            @"re:(?<![a-z])eats?\s+(?:a|one|every|each|the|my|our|half\s+the)\s+(?:\w+\s+){0,2}(?:sheets?|pages?|papers?)(?![a-z])",
            // "it's chewing the paper again", "pulls it in crooked and then gets stuck" (round 57).
            @"re:(?<![a-z])(?:chew|chews|chewing|chewed|munch\w*|swallow\w*|gobbl\w*)\s+(?:up\s+)?(?:the|my|our|his|her|a|every|each)?\s*(?:paper|sheets?|pages?)(?![a-z])",
            @"re:(?<![a-z])(?:pulls?|pulled|pulling|takes?|took|taking|feeds?|fed|feeding|draws?|drew|drags?|dragged|goes|going|went)\s+(?:it|them|the\s+(?:paper|sheets?|pages?)|paper)?\s*in\s+(?:crooked|skewed|sideways|at\s+an\s+angle|wonky|on\s+a\s+slant|all\s+crooked)(?![a-z])",
            "re:纸[^，。,.!！？?]{0,4}(?:进去|拉进去|吸进去|卷进去)[^，。,.!！？?]{0,2}(?:是)?歪的?", "re:(?:进纸|走纸)[^，。,.!！？?]{0,2}歪", "卡住纸", "纸卡", "卡纸", "进不了纸", "不进纸", "re:(?:进|吃)不(?:进|了)纸",
            // Round 115: "it won't pull the paper in", "doesn't take the paper".
            @"re:(?<![a-z])(?:won'?t|doesn'?t|does\s+not|will\s+not|isn'?t|not|refus(?:es|ing|ed)\s+to|fails?\s+to|failing\s+to)\s+(?:pull|pulling|take|taking|grab|grabbing|pick|picking)\s+(?:up\s+)?(?:the\s+|any\s+)?paper(?![a-z])", "夹纸", "纸卡住", "re:卡在(?:出纸口|进纸口|出纸的地方)", "进纸", "不走纸", "走纸不顺", "走不了纸"]),
        ("PRINT_QUALITY", [
            // Round 131: "the colour pages come out blank".
            @"re:(?<![a-z])(?:come|comes|came|coming)\s+out\s+(?:completely\s+|totally\s+|all\s+)?blank(?![a-z])", "blank pages",
            // A haze over the page (round 76 hold-out): "the copies come out with a grey haze all over them", "hazy", "foggy copies".
            @"re:(?<![a-z])(?:(?:grey|gray|dark|dirty)\s+)?haze(?![a-z])|(?<![a-z])(?:hazy|foggy|cloudy|murky)\s+(?:copies|prints?|pages?|printouts?|print)(?![a-z])|(?<![a-z])(?:copies|prints?|pages?|printouts?)\s+(?:are|look|come\s+out)\s+(?:all\s+)?(?:hazy|foggy|cloudy|murky)(?![a-z])",
            // Colours out of register (round 37): "the magenta is shifted like a shadow", 彩色有重影, 套色错位.
            @"re:(?<![a-z])(?:ghosting|ghost\s+image|shadow\s+(?:of|image|copy)|(?:colou?rs?|magenta|cyan|yellow)\s+(?:is\s+|are\s+)?(?:shifted|misaligned|offset|out\s+of\s+(?:line|register|alignment))|(?:shifted|misaligned)\s+(?:like\s+a\s+shadow|colou?rs?))(?![a-z])", "重影", "套色不准", "套色错位", "颜色错位", "偏色",
            "faint", "streak", "streaks", "streaky", "stripy", "stripey", "smudgy", "smeary", "blotchy", "smudge", "smudges", "smudged", "smear", "smears", "smeared", "smearing", "blurry", "light print", "missing colour", "missing color",
            "print quality", "lines on", "blank pages",
            // Round 26: "every copy has a grey shadow", "copies coming out dirty", "prints nothing", 打不出东西.
            "grey shadow", "gray shadow", "shadows on", "a shadow on", "ghosting", "black line", "dirty line", "dirty lines", "dirty marks",
            @"re:(?<![a-z])(?:copies|copy|prints?|printouts?|pages?)\s+(?:[a-z]+\s+){0,3}dirty(?![a-z])", "prints nothing", "nothing prints", "not printing anything",
            "打不出东西", "印不出东西", "re:什么都(?:打|印)不出", "打印不清", "re:(?:印|打)[^，。,.]{0,3}不清", "模糊", "有条纹", "有黑线", "颜色淡", "字迹淡", "缺色", "打印淡", "有白线", "印出来是白纸", "re:(?:打|印)出来[^，。,.!！？?]{0,3}白纸", "条纹", "黑线", "白线", "印不清", "很淡", "stripes", "faded", "lines across", "pale", "too light", "很浅", "发白", "黑道", "黑条", "黑点", "dark lines", "black lines", "black streaks", "stripe", "grey band", "gray band", "grey line", "gray line", "grey lines", "gray lines",
            // A grey cast over the whole page (round 62): 印出来灰蒙蒙一片, 底色发灰, "copies come out foggy".
            "灰蒙蒙", "灰扑扑", "底灰", "re:(?:底色|背景|整张|整页)[^，。,.!！？?]{0,3}(?:发灰|灰灰的|是灰的)", "grey background", "gray background", "foggy copies", "foggy prints",
            "灰印", "灰道", "灰条",
            // Not a mark on the casing (机身上有个小印子, round 125).
            "re:印子(?<!(?:外壳|机身|面板|壳子|壳|表面|外面|侧面|玻璃|门上)[^，。,.!！？?]{0,4}印子)", "re:一道[^，。,.]{0,2}印", "黑杠", "黑杠杠", "re:一道一道", "re:一条一条", "道道",
            // 灰色竖条, 横线, a pink cast, 偏色; a dot-matrix line with dots missing (字缺点、打不全).
            "竖条", "横条", "竖线", "横线", "色条", "re:(?:灰|黑|白|彩)色的?(?:竖|横)?(?:条|线|道)", "偏色", "偏红", "偏粉", "偏绿", "偏蓝",
            // Round 116–123: "a grey line running down the left side of every page", "pink bands across them", 颜色都偏了, 整张发黄,
            // 一块一块的灰.
            @"re:(?<![a-z])(?:lines?|stripes?|streaks?|marks?|bands?)\s+(?:running\s+|going\s+)?down\s+(?:the\s+(?:\w+\s+)?(?:side|middle|edge|margin)\s+of\s+)?(?:every|each|all|the)\s+(?:copy|copies|page|pages|print|prints|printouts?|sheets?)(?![a-z])",
            @"re:(?<![a-z])banding(?![a-z])|(?<![a-z])bands?\s+(?:across|over|down|through)(?![a-z])", "re:颜色[^，。,.!！？?]{0,3}偏", "re:(?:打|印)出来[^，。,.!！？?]{0,8}(?:发绿|发红|发黄|发紫|发蓝)", "re:(?:整张|整页|颜色)[^，。,.!！？?]{0,2}(?:发绿|发红|发黄|发紫|发蓝)",
            "re:一(?:块|片|团)一(?:块|片|团)的?(?:灰|黑)",
            "colour cast", "color cast", "pink cast", "red cast", "green cast", "tint", "打不全", "印不全", "缺字", "断字", "re:字[^，。,.]{0,2}缺点",
            "re:印出来[^，。,.]{0,3}(?:全是|都是|有)[^，。,.]{0,2}(?:道|条|点)",
            // Blotchy copies (round 46/47): 印得花, 复印出来全是花的, 又印花了; never money spent (打印机花了我一千, 上次修又花了两百).
            "re:(?:复印|打印|印|打出来|印出来)(?:出来|得|的)?[^，。,.!！？?\\s]{0,4}花(?!了?\\s*[\\d一二两三四五六七八九十百千万几我钱块元多不少])(?:的|了|花)?",
            // Fainter and fainter, or the colour gone (round 23): 越来越淡, 打出来淡, "stopped printing in colour", "only prints black".
            "越来越淡", "re:越(?:打|印|用)越(?:淡|浅|模糊|不清楚?)", "re:字(?:很|太|都|也|有点|越来越|特别)?(?:淡|浅)", "白乎乎", "re:(?:印|打)出来[^，。,.!！？?]{0,8}看不清", "re:(?:打|印)出来[^，。,.]{0,5}淡", "字淡", "彩色打不出来", "不出彩色", "颜色打不出来",
            @"re:\b(?:stopped|not|isn'?t|won'?t|doesn'?t|no\s+longer|can'?t)\s+print(?:ing|s)?\s+(?:in\s+)?colou?rs?\b", @"re:\bonly\s+prints?(?:ing)?\s+(?:in\s+)?black\b",
            "colour is gone", "color is gone", "colours are gone", "colors are gone",
            // A dot-matrix head missing a pin (round 24): "a thin white gap through every line", "a pin no longer striking".
            // Ink that comes and goes (round 60): 出墨断断续续, 断墨, "prints with gaps", "gaps in the text".
            "re:(?:出墨|打印|印|打)[^，。,.!！？?]{0,3}断断续续", "断墨", "re:出墨不(?:畅|顺|均)", @"re:(?<![a-z])(?:prints?|printing|printed)\s+(?:\w+\s+)?with\s+gaps(?![a-z])", @"re:(?<![a-z])gaps\s+in\s+(?:the\s+)?(?:print\w*|text|lines?|letters?|colou?rs?)(?![a-z])",
            "white gap", "white gaps", "white line", "white lines", "white streak", "white streaks", "white stripes", "missing dots", "dots missing", @"re:(?<![a-z])pins?\s+(?:is\s+|are\s+|seems?\s+)?(?:no\s+longer|not|isn'?t|aren'?t)\s+(?:striking|hitting|firing|printing)(?![a-z])"]),
        ("NO_POWER", ["re:一碰就(?:断电|没电|关机|灭)", "won't turn on", "wont turn on", "doesn't turn on", "does not turn on", "won't switch on", "doesn't switch on",
            "won't power on", @"re:(?<![a-z])no\s+power(?![a-z])(?!\s+(?:issues?|problems?|surges?|spikes?|cuts?|outages?|trouble|fluctuations?))", "dead", "not turning on", "won't start up", "wont switch on", "doesnt turn on", "nothing happens when i", "不通电", "开不了机", "开不了", "不开机", "没电", "没反应",
            "打不开", "开不起来", "按了没反应", "不启动",
            // Switching itself off now and then (round 101): "just dies mid job, goes completely dark", "turns itself off randomly",
            // 打着打着突然就断电了, 有时候自己关机.
            @"re:(?<![a-z])(?:switch(?:es|ed)?|turn(?:s|ed)?|shut(?:s)?|power(?:s|ed)?)\s+(?:itself\s+)?(?:off|down)\s+(?:by\s+itself|on\s+its\s+own|randomly|at\s+random|mid[\s-]?(?:job|print|way|cycle)|now\s+and\s+then|every\s+so\s+often|sometimes)(?![a-z])",
            @"re:(?<![a-z])(?:switch(?:es|ed)?|turn(?:s|ed)?|shut(?:s)?|power(?:s|ed)?)\s+itself\s+(?:off|down)(?![a-z])", @"re:(?<![a-z])goes\s+(?:completely\s+|totally\s+|all\s+)?dark(?![a-z])",
            @"re:(?<![a-z])(?:just\s+)?dies\s+(?:mid[\s-]?(?:job|print|way|cycle)|now\s+and\s+then|randomly|every\s+so\s+often|on\s+(?:me|us))(?![a-z])",
            "re:(?:突然|自己|自动)(?:就)?(?:关机|断电|断了电|黑屏了?)",
            // Indian English (round 85): "not switching on since 4 days, no lights nothing", "not getting switched on".
            @"re:(?<![a-z])(?:is\s+|are\s+)?not\s+(?:switching|powering|getting\s+switched|getting\s+powered)\s+on(?![a-z])",
            // Round 116–123: "won't power up", "nothing at all, no lights", "the heater has died on us", 一点反应都没有.
            @"re:(?<![a-z])(?:won'?t|wont|doesn'?t|does\s+not|will\s+not|didn'?t|did\s+not|not|never)\s+power(?:ing|ed)?\s+up(?![a-z])",
            @"re:(?<![a-z])nothing(?:\s+at\s+all)?\s*[,.;-]?\s*no\s+lights?(?![a-z])",
            @"re:(?<![a-z])(?:heater|printer|copier|hob|hood|machine|unit|boiler|thing)\s+(?:has\s+|had\s+|just\s+|has\s+just\s+|finally\s+|completely\s+)?died(?![a-z])(?!\s+down)",
            "re:(?:一点|一丁点|什么|任何)反应(?:都|也)(?:没有|没)", @"re:(?<![a-z])no\s+(?:lights?|display|led)\s+(?:at\s+all|nothing|whatsoever)(?![a-z])"]),
        ("ERROR_CODE", ["error code",
            // A copier's service code, or a code the machine "reports" (报SC542, 显示E1): round 98's 预热一会就报SC542.
            @"re:(?<![a-z0-9])sc-?\d{3}(?![a-z0-9])", @"re:(?:报|显示|提示|跳|出现)\s*(?:错误\s*|代码\s*)?[a-z]{1,2}-?\d{1,4}(?![a-z0-9])", @"re:(?<![a-z0-9])e(?!60)\d{1,2}(?![a-z0-9])", @"re:(?<![a-z0-9])f\d{1,2}(?![a-z0-9])", "error message",
            "shows error", "故障码", "故障代码", "re:(?<!号|码)报错", "显示e", "错误代码", "错误码",
            // A code told by its look (round 83): 屏幕上一直闪个字母加数字, "a letter and a number flashing on the screen".
            "re:(?:闪|显示|跳|出)[^，。,.!！？?]{0,3}字母(?:加|和|跟)?数字",
            // A code dictated with its digit in words (round 108): 又报E四了, 显示F三, 屏幕上一个E一个四.
            "re:(?:报|显示|提示|跳|出现|闪)\\s*(?:错误\\s*|代码\\s*)?[a-z][一二三四五六七八九零〇十]{1,2}(?![一二三四五六七八九零〇十])", "re:一个[a-z]一个[一二三四五六七八九零〇\\d]", "字母加数字", @"re:\b(?:a\s+)?letters?\s+(?:and|plus|with)\s+(?:a\s+)?(?:numbers?|digits?)\b",
            // An error shown, in words (round 25): "showing an error on the display again", "flashes a fault", "the same error".
            @"re:(?<![a-z])(?:show(?:s|ing|ed)?|display(?:s|ing|ed)?|flash(?:es|ing|ed)?|throw(?:s|ing)?|comes?\s+up\s+with|coming\s+up\s+with)\s+(?:an?\s+|the\s+|that\s+|this\s+|its\s+|their\s+)?(?:same\s+)?(?:error|fault)(?![a-z])",
            @"re:(?<![a-z])(?:display|screen|panel)\s+(?:says|shows|reads)\s+(?:an?\s+)?error(?![a-z])", "same error",
            // Round 112: "printhead error", a light that blinks a count ("the red light blinks three times"), 红灯一直闪.
            @"re:(?<![a-z])(?:printhead|print\s+head|cartridge|drum|fuser|scanner|motor|sensor|system|paper|ink)\s+error(?![a-z])",
            @"re:(?<![a-z])(?:blinks|flashes|blinking|flashing|blinked|flashed)\s+(?:\w+\s+)?(?:twice|three\s+times|four\s+times|five\s+times|\d+\s+times)(?![a-z])", "re:(?:红|绿|黄|橙|指示|故障)灯[^，。,.!！？?]{0,4}闪", "跳错误", "显示错误", "提示错误", "报错误", "re:屏幕?上[^，。,.!！]{0,6}错误"]),
        ("INSTALL_FAILURE", ["will not install", "won't install", "can't install", "cannot install", "install fails", "install failed", "installation failed",
            "installation error", "setup fails", "setup failed", "安装失败", "装不上", "安装不了", "安装出错", "安装报错",
            // Round 110: "setup stops at 'database component failed'".
            @"re:(?<![a-z])(?:setup|installer|installation|install)\s+(?:stops|stopped|hangs|hung|freezes|froze|crashes|crashed|aborts|aborted|quits)(?![a-z])"]),
        ("LICENCE_ERROR", [
            // "…, licence FS9-2606-UNCV." and 授权号 FS8-… give the serial, not a licence fault ("licence FN8-… says expired" is one), also on a line of its own ("Licence no.: FS8-…",
            // round 79); the licence as what is paid for ("a refund of the licence", "the licence fee", round 83) is no fault.
            @"re:(?<!\b(?:refund|money|cost|price|fee|payment|pay|back)\s+(?:of|for|on)\s+(?:the\s+|my\s+|our\s+|a\s+|this\s+)?)licen[cs]e(?!\s+fees?(?![a-z]))(?!\s*(?:number|no\.?|key|code|id|#)?\s*(?:is\s+)?[:：#]?\s*f[sn]\d-\d{4}-[a-z]{4}[ \t]*(?:$|[,.;!?，。；！？\r\n]))", "dongle", "activation", "activate", "registration code",
            "re:授权(?!号|编号)", "re:(?:找不到|识别不了|识别不到|读不到|读不出|检测不到|没检测到|认不到|不认|插了?没反应|坏了|丢了|换了)[^，。,.!！？?]{0,3}加密(?:锁|狗)|加密(?:锁|狗)(?!上的|上面|上印|上写|上贴|的号|号)[^，。,.!！？?]{0,6}(?:没插好|没插|插不上|未插|未检测|未找到|找不到|识别不了|识别不到|读不到|读不出|检测不到|不认|没反应|坏了|丢了|失效|报错|出错|不亮|灯不亮|提示|问题|故障|过期|到期|用不了|不能用)", "激活", "注册码", "许可"]),
        ("DATA_BACKUP", ["backup",
            // Said with its negation, which the negation check would otherwise take as "no backup problem".
            @"re:(?<![a-z])(?:won'?t|will\s+not|can'?t|cannot|doesn'?t|does\s+not|didn'?t|did\s+not|fails?\s+to|failed\s+to|unable\s+to)\s+back\s*up(?![a-z])",
            // Not a unit "put back up" on the wall or "back up and running" (round 39).
            @"re:(?<![a-z])(?<!(?:went|go|goes|going|gone|came|come|comes|put|puts|it|them|hung|hang|is|was|be|been|get|got)\s)back\s+up(?![a-z])(?!\s+(?:and\s+running|on\s+the\s+wall|again))",
            // A factory reset, or "back to normal", is no data to restore (round 31).
            @"re:(?<![a-z])restor(?:e|ed|ing)(?![a-z])(?!\s+(?:it\s+|the\s+\w+\s+)?(?:to\s+)?(?:the\s+)?(?:factory|default)s?)", "lost data", "data lost", "lost my data", "备份",
            "re:恢复(?!了?(?:出厂|默认|正常|原状|原样))", "数据丢失", "数据没了", "账套丢"]),
        ("REPORT_WRONG", ["report is wrong", "reports are wrong", "wrong figures", "trial balance", "figures are wrong", "numbers are wrong", "doesn't balance", "does not balance", "账不平", "试算不平", "试算平衡", "不平了", "负债表", "报表又不对", "numbers don't add up", @"re:(?<![a-z])(?:don'?t|doesn'?t|do\s+not|does\s+not|didn'?t|never)\s+add\s+up(?![a-z])", "balance sheet", "report wrong",
            "wrong report", "报表不对", "报表错", "数据不对", "对不上", "报表有误", "余额不对", "算错", "re:(?:报表|数据|账|数字)[^，。,.!！]{0,4}(?:不对|错了|有误)",
            // Round 11: totals shown wrong ("shows the wrong totals", 合计不对).
            "wrong totals", "wrong total",
            // Round 111/112: "totals that are a few cents off from the ledger", 提示“科目余额不平衡”.
            @"re:(?<![a-z])totals?(?![a-z])[^.!?;]{0,30}(?<![a-z])(?:cents?|pence|yuan|euros?|dollars?)\s+(?:off|out)(?![a-z])", "不平衡", "合计不对", "合计错", "总数不对", "汇总不对", "总额不对",
            // "the profit and loss report totals do not match the ledger" (round 79).
            @"re:(?<![a-z])(?:totals?|figures|numbers|balances?|reports?|amounts)(?![a-z])[^,.!?;]{0,30}(?<![a-z])(?:do\s+not|don'?t|doesn'?t|does\s+not|no\s+longer|never)\s+(?:match|add\s+up|agree|tally|reconcile)(?![a-z])",
            "re:(?<![a-z])(?:totals?|figures|sums|amounts)(?![a-z])[^,.!?;]{0,30}(?<![a-z])(?:are|is)\\s+(?:wrong|off|incorrect)(?![a-z])",
            // Terse: "report totals WRONG", "the balance report totals come out wrong".
            "re:(?<![a-z])(?:reports?|totals?)(?![a-z])[^,.!?;]{0,25}(?<![a-z])(?:wrong|incorrect)(?![a-z])", "re:(?:合计|总数|汇总|总额)[^，。,.!！]{0,4}(?:不对|错了|有误)",
            // Round 24: 与明细账合计不一致, 资产负债表的数和明细不一致.
            "re:(?:表|账|数|合计|余额|金额|明细)[^，。,.!！]{0,8}不一致"]),
        ("SLOW", [
            // "72 hours is far too slow", 三天太慢了: the service time, said at the offer, is no slow machine (round 30).
            @"re:(?<![a-z])(?<!(?:hours?|days?|weeks?|hrs?)\s+(?:is\s+|are\s+|'s\s+|seems?\s+|sounds?\s+)?(?:far\s+|way\s+|much\s+|a\s+bit\s+|really\s+|just\s+)?too\s+)(?<!(?:i'?m|i\s+am|we'?re|my\s+typing\s+is|typing\s+is|i\s+type)\s+(?:a\s+bit\s+|very\s+|quite\s+|rather\s+|so\s+|really\s+)?)slow(?![a-z])(?!\s+(?:drips?|leaks?|trickles?|seep|at\s+typing|typer|typist|with\s+(?:computers|typing|this)))", "sluggish", "takes forever", "freezes",
            // Freezing weather is no frozen program (round 107): "when it got freezing in the garage", "it gets freezing in there".
            @"re:(?<![a-z])freezing(?<!(?:got|gets|getting|get|was|is|it'?s|its|been|goes|went|turned|turns|be)\s+freezing)(?![a-z])(?!\s+(?:cold|weather|temperatures?|in\s+(?:there|here|the)|outside|out\s+there|at\s+night|overnight|winter|garage|shed))", "hangs", "lag", "卡顿", "很卡", "太卡", "运行慢", "re:(?<!打字[^，。,.!！]{0,3}|打得|写得|手脚[^，。,.]{0,2}|腿脚[^，。,.]{0,2}|反应[^，。,.]{0,2}|热水[^，。,.]{0,3}|出水[^，。,.]{0,3}|(?:小时|天|日|周|星期|礼拜)(?:内|之内|以内)?(?:上门|才来|才到|处理|维修)?(?:也|还是|实在|真的|未免)?太)慢", "死机", "卡死",
            // Round 24: 打开账套需要四五分钟, 要等好几分钟, 卡住不动.
            "卡住不动", "卡着不动",
            // Round 45: 前天开始特别卡, 开个凭证要转半天.
            "re:(?:特别|非常|超级?|巨|贼)卡(?!纸|住纸|了?一张|片|号)", "re:转(?:了)?半天", "re:(?:需要|要等|得等|要)[^，。,.!！]{0,3}(?:[几两三四五六七八九十]+|好几)分钟"]),
        ("CONNECTION", [
            // Round 131: "the laptops can't see the printer on the wifi any more", "cant find it on the network".
            @"re:(?<![a-z])(?:can'?t|cant|cannot|doesn'?t|won'?t|don'?t)\s+(?:find|see|detect)\s+(?:it|the\s+(?:printer|copier|machine))\s+on\s+the\s+(?:wifi|wi-fi|network|lan)(?![a-z])", "can't connect", "cannot connect", "won't connect",
            // Not a pipe's: "the inlet connection cracked".
            @"re:(?<!(?:inlet|outlet|pipe|water|hose|gas|valve)\s)connection", "server", "offline", "network error",
            "连不上", "连接不上", "连接失败",
            // 服务器能连上, 服务器没问题 (round 58): the server named as fine is no connection fault.
            "re:服务器(?![^，。,.!！？?]{0,3}(?:能|可以|都|也|是)?(?:连得上|连上|连的上|能连|正常|没问题|好的|好好的))", "断开", "联不上", "登不上", "登录不了"]),
        ("PHYSICAL_DAMAGE", ["cracked", "crack", "shattered",
            // A tank or a casing split (round 107: "the tank has split", "split its tank over the cold spell").
            @"re:(?<![a-z])(?:tank|casing|case|housing|pipe|body|cover|panel)s?\s+(?:has\s+|had\s+|is\s+|was\s+)?split(?![a-z])|(?<![a-z])split\s+(?:its|the|their)\s+(?:tank|casing|case|housing|pipe|body|seam)(?![a-z])", "smashed", "dented", "dent", "bent", "broken glass", "glass broke",
            "碎了", "碎", "裂了", "裂开", "裂缝", "摔坏", "摔碎", "凹", "变形", "破了", "炸了", "炸裂",
            // A part broken off: 卡扣断了, "the latch has snapped off" (not 网断了 or 电断了).
            "re:(?<![网电])断(?:了|掉)", "折断", "snapped", "broken off", "broke off", "came off",
            // "a split in the casing", "the cover has split" (round 30).
            @"re:(?<![a-z])split\s+(?:in|across|along|down)\s+(?:the\s+|its\s+)?(?:casing|case|cover|housing|panel|body|front|side|tank|glass|lid)(?![a-z])",
            @"re:(?<![a-z])(?:casing|case|cover|housing|panel|tank|lid)\s+(?:is\s+|has\s+|has\s+been\s+|was\s+)?split(?![a-z])"]),
        ("WATER_DAMAGE", ["water damage", "water got in", "got wet", "water inside", "soaked", "re:进水(?![口管阀压接])", "泡水", "受潮", "淋雨"]),
        ("BURNT", [
            // Not a person's burn: "burnt his fingers on the panel" is an injury (HazardWords), not a burnt-out unit (round 31).
            @"re:(?<![a-z])(?<!(?:he|she|i|we|they|son|daughter|child|kid|baby|boy|girl|wife|husband|mum|mom|dad)\s+(?:got|gets|was|were|has\s+been|had\s+been|have\s+been)\s+(?:badly\s+|slightly\s+|a\s+bit\s+)?)burnt(?![a-z])(?!\s+(?:his|her|my|their|our|your|a|the\s+(?:child|kid|baby|boy|girl)'?s?|the\s+(?:child|kid|baby|boy|girl))\s+(?:\w+\s+)?(?:fingers?|hands?|arms?|skin|face|legs?|palm|wrist|thumb))", "burned out", "burnt out", "scorched", "melted", "burning smell", "smells burnt", "烧焦", "烧坏", "re:(?<!发)烧了(?!\\s*(?:一|半|好|几|大半|整|两|三)?\\s*(?:个)?\\s*(?:晚上|夜|宿|天|小时|钟头|会儿|下午|上午|早上)|很久|好久|半天|水|热水|一壶|开水|一缸)", "焦味", "糊味", "融化", "烧糊"]),
    ];
}

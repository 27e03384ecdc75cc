using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Words a formal letter uses that the package (or a rule) reads as a day but that name none (round 24): the modal "may"
/// ("To whom it may concern", "it may be the igniter"; not "in May I bought"), one's age this year (今年六十八岁, 老头子今年八十了),
/// the return and exchange days of the rules (七日无理由退货, 7天无理由, 十五日内包换), and a deadline for the engineer ("we need it
/// working by Friday", 周一之前必须修好; round 30), a day off work ("the money I lost taking the day off", round 43), and a sum
/// read out in words ("the total says two thousand four hundred", round 37: it was the year 2004), and a feeling of the day
/// ("ugh so annoyed today", 今天真是气死我了; round 48: the day of the mood, not of the fault), and 不是最近 (not recently, round
/// 58), and how long a smell lingers ("the flat smells of fish for a day after", round 78), and how long such a unit should last ("good
/// for 8 years minimum", 至少能用八年; round 114), and when it was made ("manufactured last year", 去年生产的; round 118), and the unit's age said as an aside ("I know it's a bit past
/// a year", round 148), and the day a visit is wished for ("can someone come today rather than tomorrow?", 能不能今天来; round 153), and a date taken
/// back (不是半个月前，是前天…; round 169), and how long an old unit lasted ("our old Canon ran for eight years"; round 171), and another period's figures ("last year's numbers"), years as a customer ("buying your appliances for nine years", 用你们家的东西六七年了) and a what-if ("if this had broken a few months ago"; round 172–178). A reading that overlaps one is dropped.
/// </summary>
internal static partial class DateRecogniser
{
    private static List<Hit<DateReading>> WithoutNonDates(UtteranceText text, List<Hit<DateReading>> hits)
    {
        if (hits.Count == 0) return hits;
        var spans = NotADate().Matches(text.Folded).Select(m => new TextSpan(m.Index, m.Length)).ToList();
        return spans.Count == 0 ? hits : hits.Where(h => !spans.Any(s => s.Overlaps(h.Span))).ToList();
    }

    [GeneratedRegex("""
        may(?<![a-z]may)(?<!(?:in|since|early|late|mid|of|last|this|next|from|until|till|by|before|after|end\s+of|beginning\s+of|start\s+of)\s+may)
          (?=\s+(?:concern|be|have|wish|need|want|not|also|well|help|take|cause|require|seem|like|i|we|you|he|she|they|it|get|find|ask|call|contact|know|see|interest|affect|apply|happen|sound|come)(?![a-z]))
        | may(?![a-z])(?<=(?<![a-z])(?:it|that|which|whom|who|you|i|we|they|he|she|there)\s+may)
        | (?<![a-z])(?:old|previous|former|last|other|neighbou?r'?s|mum'?s|mom'?s|parents'?)\s+(?:[a-z0-9-]+\s+){0,3}?(?:ran|lasted|worked|went|kept\s+going)\s+(?:fine\s+|perfectly\s+|happily\s+)?for\s+(?:(?:about|over|nearly|almost|around)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years?
        | (?:老|之前|以前|上一台|原来)[^，。,.]{0,10}用了\s*(?:整整|足足)?[一二两三四五六七八九十\d]+\s*(?:多)?年
        | (?<![^\s，,。.！!？?：:])不是(?:在)?[^，。,.是]{1,8}?(?=[，,]\s*(?:是|而是|应该是))
        | 今年\s*(?:也|才|已经|都|刚|有|满|已|就|正好)*\s*[〇零一二三四五六七八九十百\d]+\s*(?:多|来)?\s*(?:岁|周岁|了|啦)
        | [〇零一二三四五六七八九十两\d]+\s*[日天]\s*(?:之内|以内|内)?\s*(?:无理由|包退|包换|退换|退货|换货|可以?退|可以?换|能退|能换)
        | (?<![a-z])(?:need|needs|needed|want|wants|must|have\s+to|has\s+to|got\s+to|gotta|back|fixed|working|done|ready|sorted|repaired|running|here|come|arrive)(?![a-z])[^.!?]{0,40}?(?<![a-z])(?:by|before|until|till)\s+(?:next\s+|this\s+|the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+weekend|weekend|tomorrow|the\s+end\s+of\s+(?:the\s+)?(?:week|month))(?![a-z])
        | (?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine)\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))?\s+(?:hundred|thousand|yuan|rmb|dollars?|quid|pounds?|euros?|bucks|kuai)(?![a-z])
        | (?<!上)(?:下?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|月底|周末)\s*(?:之前|以前|前)(?=[^，。,.]{0,8}(?:必须|一定|得|要|能用|修好|弄好|搞好|到位))
        | (?:必须|一定要?|需要)[^，。,.]{0,6}(?<!上)(?:下?(?:周|星期|礼拜)[一二三四五六日天])\s*(?:之前|以前|前)
        | (?<![a-z])(?:the|a|one|that)\s+(?:whole\s+|full\s+)?days?\s+off(?![a-z])
        | (?<![a-z])(?:annoyed|frustrated|angry|upset|mad|furious|livid|cross|stressed|fed\s+up|pissed(?:\s+off)?|grumpy|irritated|exhausted)\s+(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|right\s+now)(?![a-z])
        | (?<![a-z])for\s+(?:a|one|half\s+a|the\s+whole|the\s+rest\s+of\s+the)\s+day\s+(?:or\s+two\s+)?(?:after|afterwards|later)(?![a-z])
        | (?<![a-z])(?:(?<!(?:was|were|been|worked|work|works|ran|running|working|it'?s|its|all)\s)good|(?<!(?:the|these|those|past|first|next|over)\s)last|lasts|should\s+last|rated|built\s+to\s+last|designed\s+to\s+last|made\s+to\s+last)\s+(?:for\s+)?(?:at\s+least\s+|a\s+good\s+|easily\s+|around\s+|about\s+|over\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*\+?\s*years?(?:\s+(?:minimum|at\s+least|or\s+more|plus))?(?![a-z])
        | (?:能|可以|可|能够)用(?:个|上)?\s*[一二两三四五六七八九十\d]+\s*(?:多)?年|寿命(?:有|是|能有|起码|至少)?\s*[一二两三四五六七八九十\d]+\s*(?:多)?年
        | (?:不是|并不是|也不是|并非|不算)\s*(?:最近|近来)
        | (?<![a-z])(?:made|manufactured|produced|built)\s+(?:in\s+|around\s+|back\s+in\s+|sometime\s+)?(?:last\s+year|the\s+year\s+before(?:\s+last)?|(?:a|one|two|three|\d{1,2})\s+(?:years?|months?)\s+ago|(?:19|20)\d\d)(?![a-z\d])
        | (?:生产|出厂|制造)(?:日期|时间)?(?:是|在|于)?\s*(?:去年|前年|[一二两三四五六七八九十\d]+\s*(?:年|个月)前|(?:19|20)\d\d\s*年)|(?:去年|前年|(?:19|20)\d\d\s*年)(?:生产|出厂|制造|产)的
        | (?<![a-z])(?:it'?s|its|it\s+is|it\s+was|it'?s\s+now|they'?re|the\s+(?:unit|machine|hob|heater|printer|copier)\s+is)\s+(?:now\s+|already\s+|only\s+|just\s+|a\s+(?:bit|little|tad)\s+|slightly\s+|well\s+|a\s+few\s+(?:days|weeks|months)\s+)?(?:past|over|beyond|older\s+than|more\s+than)\s+(?:a|one|two|three|\d)\s+years?(?:\s+old)?(?![a-z])
        | (?<![a-z])(?:come|come\s+out|come\s+round|come\s+over|visit|be\s+here|get\s+here|send\s+(?:someone|somebody|an?\s+engineer))\s+(?:by\s+|before\s+)?(?:today|tomorrow|tonight|this\s+(?:afternoon|evening))(?:\s+(?:rather\s+than|instead\s+of|or)\s+(?:today|tomorrow|tonight))?(?![a-z])
        | (?:今天|明天|今晚)(?:就|能|可以|能不能|可不可以)?(?:来|上门|过来)(?!过|了)|(?:来|上门)(?:一下)?(?:今天|明天|今晚)
        | (?<![a-z])(?:during|in|all|through|throughout)\s+(?:the\s+)?(?:whole\s+)?day(?:time)?(?![a-z])
        | 今天(?:真是|真的|真|可|太|好|实在|心情|简直)*(?:被[^，。,.!！？?]{0,8})?(?:气死|烦死|郁闷|崩溃|生气|火大|心累|无语|倒霉|糟心|闹心|心烦|烦躁)
        | (?<![a-z])(?:last|this|next|previous)\s+(?:year|month|quarter|week)'s(?![a-z])
        | (?<![a-z])(?:customers?\s+(?:of\s+(?:yours|your\s+\w+)\s+)?|buying\s+(?:from\s+)?(?:you|your\s+\w+)\s+|(?:using|used|use|had|bought|buying|trusted|with)\s+(?:your|you)\s*(?:\w+\s+){0,3}?|(?:on|with)\s+your\s+\w+\s+)(?:[a-z,]+\s+){0,4}?for\s+(?:(?:about|over|nearly|almost|around|some|the\s+last|the\s+past|well\s+over)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|twenty-\w+|thirty)(?:\s+odd|\s*\+)?\s+years?(?![a-z])
        | (?:用|买)(?:了)?(?:你们|贵)(?:家|公司|厂|品牌)?的?(?:产品|东西|牌子|机器|设备|软件|电器)?[^，。,.!！？?]{0,6}?[一二两三四五六七八九十几\d]+\s*(?:多|来)?年|老客户[^。.!！？?]{0,6}?[一二两三四五六七八九十几\d]+\s*(?:多|来)?年|[一二两三四五六七八九十几\d]+\s*(?:多|来)?年的?老客户
        | (?:一二|两三|二三|三四|四五|五六|六七|七八|八九)年
        | (?<![a-z])if\s+(?:this|it|that|the\s+\w+)\s+had\s+(?:\w+\s+){1,3}?(?:(?:a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|couple\s+of|some|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:ago|earlier|back|sooner)|earlier|sooner)(?![a-z])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NotADate();
}

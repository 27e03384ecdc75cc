"""Round 141, Simplified Chinese: approximate and uncertain dates (大概去年这个时候吧, 记不清了一年多吧, 十个月到一年多之间).
The serial's purchase record decides coverage; a customer's guess never overrides it. meta as in scenarios_en.py."""
from common import S, E

ZH = [
    # 1 hard: 以为过保(去年这个时候),记录 337 天,在保
    S("q5-huo-dian-bu-zhao-qu-nian-zhe-shi-hou",
      ["你好，我家燃气灶左边那个眼老是熄火，炒着菜就灭了",
       "Q5的，大概去年这个时候买的吧，估计已经过保了，要多少钱你说吧"],
      {"done": "没了", "confirm": "对", "product": "Q5燃气灶", "serial": "JQ525108334",
       "started": "大概五六天前吧", "circumstances": "没有，没摔没进水，也没找别人修过拆过",
       "wants": "修好就行", "phone": "138 5716 4492",
       "offer": ["免费啊？那太好了，约吧"], "person": "不用", "other": "好的"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "JQ525108334：JZT-Q5 售出 337 天，保修还剩 28 天；顾客说“大概去年这个时候买的”，以记录为准 -> 在保；"
      "FLAME_GOES_OUT 约 6 天 -> Covered, FreeRepair。",
      {"serial": "JQ525108334", "start": 6, "fault": "FLAME_GOES_OUT", "wish": "repair", "theme": ["guess_in"],
       "guess": (350, 380), "hardkind": "contradicts"}, hard=True),

    # 2 hard: 以为一年左右可能不到,记录 458 天,已过保
    S("e60-bu-re-ji-bu-qing-yi-nian-zuo-you",
      ["电热水器不热了，加热一晚上还是温的",
       "E60那款，60升的。啥时候买的记不清了，一年左右吧，可能还不到一年，应该还在保修吧？"],
      {"done": "就这些", "confirm": "是的", "product": "E60电热水器", "serial": "DE60B250659",
       "started": "大概十来天前", "circumstances": "没有，没拆过，电也一直正常，没找外面的人修",
       "wants": "修", "phone": "139 6627 5813",
       "offer": ["好吧，既然过了那就收费修吧"], "person": "不用", "other": "嗯"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "DE60B250659：DSZ-E60 售出 458 天，93 天前过保；顾客“一年左右，可能不到一年”与记录不符，以记录为准；"
      "NO_HOT_WATER 约 10 天前开始，在过保之后 -> NotCovered, PaidRepair。",
      {"serial": "DE60B250659", "start": 10, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["guess_out", "straddle"],
       "guess": (330, 380), "hardkind": "straddles"}, hard=True),

    # 3 hard: H16 两年左右(配件两年),记录 795 天,配件人工都过了
    S("h16-liang-nian-zuo-you-pei-jian-bao-xiu",
      ["燃气热水器出水一会热一会凉，洗澡根本没法洗",
       "H16的。买了两年左右吧，听说配件保两年，应该刚好还在里面？我也说不准"],
      {"done": "没有了", "confirm": "对的", "product": "H16燃气热水器", "serial": "RH1624071541",
       "started": "大概半个月前", "circumstances": "没有，没人拆过，就你们装的时候动过",
       "wants": "修好", "phone": "186 5534 7721",
       "offer": ["行吧，那就按收费的来"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "RH1624071541：JSQ-H16 售出 795 天，配件 65 天前过保、人工早已过保；顾客“两年左右”跨在两年配件保修的边上，以记录为准；"
      "NO_HOT_WATER 约 15 天 -> NotCovered, PaidRepair。",
      {"serial": "RH1624071541", "start": 15, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["straddle"],
       "guess": (660, 800), "hardkind": "straddles"}, hard=True),

    # 4 hard: 故障开始早于记录上的售出日
    S("cai-se-fu-yin-ji-ka-zhi-ban-nian-le",
      ["彩色复印机老卡纸，烦死了",
       "DC-4525，大概是去年买的吧，具体记不清。卡纸这毛病大概有五六个月了，一直忍着用"],
      {"done": "没了", "confirm": "是", "product": "DC-4525彩色复合机", "serial": "DC45252606641",
       "started": "大概五六个月前就开始了，有半年左右", "circumstances": "没有，没人拆过，没搬过",
       "wants": "修好", "phone": "133 5719 6628",
       "offer": ["行"], "person": "可以", "other": "好"},
      E("zh", "NeedsReview", None, True, "Normal"),
      "DC45252606641：DC-4525 记录售出 110 天；顾客说卡纸大概五六个月了(meta start 165)，早于售出日 -> 事实冲突 -> NeedsReview。",
      {"serial": "DC45252606641", "start": 165, "fault": "PAPER_JAM", "wish": "repair", "theme": ["before_sale"],
       "guess": (300, 420), "hardkind": "start_crosses"}, hard=True),

    # 5 hard: 已过保,但吸力变小大概半年前(在保期内)就开始了 -> 规则 3
    S("t9-xi-li-xiao-ban-nian-qian-jiu-kai-shi",
      ["油烟机吸力越来越小，现在炒个菜满屋子油烟",
       "T9侧吸的。记不清了，一年多吧。吸力不行大概半年前就开始了，那时候还在保修里吧，一直没空找你们"],
      {"done": "就这个", "confirm": "对", "product": "T9油烟机", "serial": "YT925079630",
       "started": "大概半年前，六个月左右", "circumstances": "没有，油网我按说明书洗过，别的没动",
       "wants": "在保修里坏的，应该免费修", "phone": "150 6638 1127",
       "offer": ["嗯"], "person": "可以", "other": "好"},
      E("zh", "NeedsReview", None, True, "Normal"),
      "YT925079630：CXW-T9 售出 453 天，88 天前过保；WEAK_SUCTION 大概半年前开始(meta start 180，在过保之前) -> "
      "规则 3：已过保但故障在保期内开始 -> NeedsReview。",
      {"serial": "YT925079630", "start": 180, "fault": "WEAK_SUCTION", "wish": "repair", "theme": ["started_in_warranty"],
       "guess": (366, 540), "hardkind": "start_crosses"}, hard=True),

    # 6 hard: 以为快两年过保了,实际延保,在保
    S("lp2200-kuai-liang-nian-le-yan-bao",
      ["打印机卡纸，每打几张就卡一次",
       "LP-2200激光的，买了大概快两年了吧，可能都超过两年了，估计早就过保了"],
      {"done": "没有", "confirm": "对", "product": "LP-2200激光打印机", "serial": "LP22AZ250198",
       "started": "大概一周前吧", "circumstances": "没有，就按前门那样把纸拉出来，别的没拆",
       "wants": "修", "phone": "131 5562 7748",
       "offer": ["还在保？那好，约上门"], "person": "不用", "other": "好的"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "LP22AZ250198：LP-2200 售出 643 天，含 12 个月延保，还剩 87 天；顾客“快两年、可能超过两年”以为过保，以记录为准 -> "
      "PAPER_JAM -> Covered, FreeRepair (EXTENDED)。",
      {"serial": "LP22AZ250198", "start": 7, "fault": "PAPER_JAM", "wish": "repair", "theme": ["guess_in", "straddle"],
       "guess": (650, 800), "hardkind": "straddles"}, hard=True),

    # 7 hard: 重复故障,修过两次,日期模糊
    S("fu-yin-ji-tiao-wen-xiu-le-liang-ci",
      ["复印出来又是一道一道的黑线，第三次了！",
       "DC-3020，大概大半年前买的吧。你们师傅来修过两次了，大概三个多月前一次，一个多月前又一次，都是这个毛病"],
      {"done": "没了", "confirm": "对", "product": "DC-3020复印机", "serial": "DC30202605809",
       "started": "大概三四天前又出现了", "circumstances": "没有，除了你们的师傅没人动过",
       "wants": "彻底解决", "phone": "135 6617 8834",
       "offer": ["换新的可以"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Urgent"),
      "DC30202605809：DC-3020 售出 174 天；repairs.json 里 PRINT_QUALITY 保内修过两次(我们修的) -> 重复故障 -> "
      "Covered, Replacement 优先, Urgent。顾客说的日期模糊不影响记录。",
      {"serial": "DC30202605809", "start": 4, "fault": "PRINT_QUALITY", "wish": "repair", "theme": ["repeat"],
       "guess": (200, 270), "hardkind": "contradicts"}, hard=True),

    # 8 hard: 软件,以为一年半服务期过了,实际延保还在
    S("cai-wu-ruan-jian-shou-quan-yi-nian-ban",
      ["财务软件打开提示授权无效，今天一个凭证都做不了",
       "8.0单机版。一年多了吧，大概一年半左右，服务期应该过了，收费也行，赶紧弄好"],
      {"done": "没了", "confirm": "是", "product": "财务软件8.0单机版", "serial": "FS8-2502-MAJU",
       "started": "今天早上开始的", "circumstances": "没有，没装什么破解的，就是正版",
       "wants": "赶紧恢复", "phone": "189 6645 3317",
       "offer": ["远程可以，现在就弄"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2502-MAJU：CW-S8 售出 612 天，含 12 个月延保，还剩 118 天；顾客“一年半左右”以为过期，以记录为准 -> "
      "LICENCE_ERROR -> Covered, RemoteSupport。",
      {"serial": "FS8-2502-MAJU", "start": 0, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["guess_in", "software"],
       "guess": (450, 560), "hardkind": "contradicts"}, hard=True),

    # 9 hard: 以为不到一年,记录 662 天过保;拒绝收费,要找人
    S("zhen-da-bu-dao-yi-nian-yao-zhao-ren",
      ["针式打印机打发票走纸歪，打出来的字都错行",
       "630K。大概一年前买的吧，可能还不到一年，怎么会过保？"],
      {"done": "没了", "confirm": "对", "product": "ZD-630K针式打印机", "serial": "ZD630K250163",
       "started": "大概十来天前", "circumstances": "没有，没拆没改，没摔过",
       "wants": "免费修", "phone": "152 5573 6619",
       "offer": ["不行，我不同意收费，我要找人工核对一下购买时间"], "person": "要，转人工", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", True, "Normal"),
      "ZD630K250163：ZD-630K 售出 662 天(含 6 个月延保)，116 天前过保；顾客“大概一年前，可能不到一年”与记录不符，以记录为准；"
      "PAPER_JAM 约 10 天 -> NotCovered, PaidRepair；拒绝并要人工 -> escalated。",
      {"serial": "ZD630K250163", "start": 10, "fault": "PAPER_JAM", "wish": "repair", "theme": ["guess_out", "wants_person"],
       "guess": (300, 380), "hardkind": "contradicts", "flow": "person"}, hard=True),

    # 10 hard: 十个月到一年多之间,记录 439 天过保,软件远程收费
    S("wang-luo-ban-shi-ge-yue-dao-yi-nian-duo",
      ["财务软件网络版这两周特别卡，开个账套要等半天",
       "8.0网络版，买了十个月到一年多之间吧，我真记不清，你们查一下"],
      {"done": "没有了", "confirm": "对", "product": "财务软件8.0网络版", "serial": "FN8-2508-YWLD",
       "started": "大概两周前", "circumstances": "没有，没改过程序，也没找别人弄",
       "wants": "变快就行", "phone": "137 6654 3318",
       "offer": ["收费远程也行，弄吧"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-YWLD：CW-N8 售出 439 天，74 天前过保；顾客“十个月到一年多之间”跨过一年，以记录为准；"
      "SLOW 约 14 天，在过保后 -> NotCovered, RemoteSupport (收费)。",
      {"serial": "FN8-2508-YWLD", "start": 14, "fault": "SLOW", "wish": "repair", "theme": ["straddle", "software"],
       "guess": (300, 450), "hardkind": "straddles"}, hard=True),

    # 11 ordinary: 重复故障 打不着火
    S("q5-da-bu-zhao-huo-di-san-ci",
      ["燃气灶又打不着火了，咔咔响就是不着",
       "差不多五个月前买的，你们已经修过两次这个毛病了，大概三个月前一次，上个月又一次"],
      {"done": "没了", "confirm": "对", "product": "Q5燃气灶", "serial": "JQ526062448",
       "started": "大概前天", "circumstances": "没有，就你们师傅修过",
       "wants": "别再修了，给个解决办法", "phone": "158 6627 4413",
       "offer": ["换新的，好"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Urgent"),
      "JQ526062448：JZT-Q5 售出 152 天；NO_IGNITION 保内修过两次(我们修的) -> 重复故障 -> Covered, Replacement, Urgent。",
      {"serial": "JQ526062448", "start": 2, "fault": "NO_IGNITION", "wish": "repair", "theme": ["repeat", "vague_light"]}),

    # 12 ordinary: E60 漏水,之前修过一次
    S("e60-you-lou-shui-le",
      ["电热水器底下又在滴水",
       "大概七个月前买的吧。之前漏过一次，你们换过零件，大概三个多月前"],
      {"done": "没了", "confirm": "是", "product": "E60电热水器", "serial": "DE60Q260266",
       "started": "大概三天前发现的", "circumstances": "没有，没人拆，就你们来修过那次",
       "wants": "修好", "phone": "135 5576 2289",
       "offer": ["好的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "DE60Q260266：DSZ-E60 售出 224 天；LEAK 保内换件一次(一次不算重复) -> Covered, FreeRepair。",
      {"serial": "DE60Q260266", "start": 3, "fault": "LEAK", "wish": "repair", "theme": ["notrepeat", "vague_light"]}),

    # 13 ordinary: 安全 燃气味
    S("h16-you-ran-qi-wei",
      ["热水器那边有一股燃气味，挺明显的",
       "H16，大概大半年前装的。我已经把阀门关了，窗户也开了"],
      {"done": "没了", "confirm": "对", "product": "H16燃气热水器", "serial": "RH1626016024",
       "started": "大概一个小时前闻到的", "circumstances": "没有",
       "wants": "赶紧派人来看", "phone": "177 5536 4482",
       "offer": ["好"], "person": "好", "other": "好"},
      E("zh", None, None, True, "Safety"),
      "RH1626016024：JSQ-H16；燃气味是安全隐患 -> 安全升级，不做保修判断。",
      {"serial": "RH1626016024", "start": 0, "safety": True, "theme": ["safety", "vague_light"]}),

    # 14 ordinary: T9 十来天,要换新
    S("t9-shi-lai-tian-yao-huan-xin",
      ["新买的油烟机噪音特别大，嗡嗡的",
       "T9，大概十来天前装的吧，可能不到两周。想直接换台新的"],
      {"done": "没了", "confirm": "对", "product": "T9油烟机", "serial": "YT926090053",
       "started": "装好没几天就这样，大概一周前", "circumstances": "没有，是你们的师傅装的，没动过",
       "wants": "换新的", "phone": "138 6652 7714",
       "offer": ["可以，换吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "YT926090053：CXW-T9 售出 11 天(15 天换货期内，已过 7 天)；NOISE，要换新 -> Covered, Replacement。",
      {"serial": "YT926090053", "start": 7, "fault": "NOISE", "wish": "new", "theme": ["window", "vague_light"]}),

    # 15 ordinary: DC-4525 噪音
    S("fu-he-ji-zao-yin-ba-jiu-ge-yue",
      ["彩色复合机一开机就咔咔响",
       "DC-4525，大概八九个月前买的。复印还能出，就是响得吓人"],
      {"done": "没了", "confirm": "对", "product": "DC-4525彩色复合机", "serial": "DC45252512510",
       "started": "大概一周左右", "circumstances": "没有，没搬没拆",
       "wants": "修", "phone": "136 5528 9917",
       "offer": ["好的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "DC45252512510：DC-4525 售出 251 天，还剩 114 天；NOISE -> Covered, FreeRepair。",
      {"serial": "DC45252512510", "start": 7, "fault": "NOISE", "wish": "repair", "theme": ["vague_light"]}),

    # 16 ordinary: 财务软件报表错
    S("cai-wu-bao-biao-shu-bu-dui",
      ["财务软件的资产负债表不平，差了一笔",
       "8.0单机版，大概大半年前买的。之前一直好好的"],
      {"done": "没了", "confirm": "是", "product": "财务软件8.0单机版", "serial": "FS8-2603-LGYF",
       "started": "大概上个月底开始的", "circumstances": "没有，没动过程序",
       "wants": "帮我查一下", "phone": "139 5574 6612",
       "offer": ["远程可以"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2603-LGYF：CW-S8 售出 238 天；REPORT_WRONG 约 3 周 -> Covered, RemoteSupport。",
      {"serial": "FS8-2603-LGYF", "start": 22, "fault": "REPORT_WRONG", "wish": "repair", "theme": ["software", "vague_light"]}),

    # 17 ordinary: 墨粉用完(耗材)
    S("fu-yin-ji-mo-fen-mei-le",
      ["复印机提示墨粉不足，印出来很淡",
       "DC-3020，大概两三个月前买的，墨粉是机器自带的那支，想问能不能免费换一支"],
      {"done": "没了", "confirm": "对", "product": "DC-3020复印机", "serial": "DC30202608818",
       "started": "大概这几天", "circumstances": "没有",
       "wants": "换墨粉", "phone": "151 5563 8824",
       "offer": ["要钱啊，那行吧，寄一支过来"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PartReplacement", False, "Normal"),
      "DC30202608818：DC-3020 售出 79 天；墨粉是耗材，任何时候都不保 -> NotCovered, PartReplacement。",
      {"serial": "DC30202608818", "start": 3, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["consumable", "vague_light"]}),

    # 18 ordinary: LP-2200 卡纸,要人工
    S("lp2200-ka-zhi-yao-ren-gong",
      ["打印机卡纸，进纸那里老是吃两张",
       "LP-2200，大概七八个月前买的吧"],
      {"done": "没了", "confirm": "对", "product": "LP-2200激光打印机", "serial": "LP22TA260240",
       "started": "大概十天前", "circumstances": "没有，没拆过",
       "wants": "修", "phone": "187 5539 6621",
       "offer": ["我还是想跟人工客服说，转人工吧"], "person": "要", "other": "好"},
      E("zh", "Covered", "FreeRepair", True, "Normal"),
      "LP22TA260240：LP-2200 售出 241 天，还剩 124 天；PAPER_JAM -> Covered, FreeRepair；顾客要人工 -> escalated。",
      {"serial": "LP22TA260240", "start": 10, "fault": "PAPER_JAM", "wish": "repair", "theme": ["wants_person", "vague_light"],
       "flow": "person"}),

    # 19 ordinary: 自己不小心把旋钮弄断 (USER_DAMAGE confirmed)
    S("q5-xuan-niu-zi-ji-nong-duan",
      ["燃气灶右边的旋钮断了，拧不动",
       "说实话是我自己不小心，锅掉下来砸到旋钮上，砸断的。灶是大概三个月前买的吧"],
      {"done": "没了", "confirm": "对", "product": "Q5燃气灶", "serial": "JQ526078529",
       "started": "大概四五天前", "circumstances": "是我自己砸断的，锅掉下来碰的",
       "wants": "换个旋钮", "phone": "133 6627 5518",
       "offer": ["行，收费就收费吧"], "person": "不用", "other": "好"},
      E("zh", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "JQ526078529：JZT-Q5 售出 88 天，在保；BROKEN，顾客自己说是锅砸断的(USER_DAMAGE 确认，CostFee) -> CoveredWithFee, PaidRepair。",
      {"serial": "JQ526078529", "start": 5, "fault": "BROKEN", "wish": "repair", "circ": ("USER_DAMAGE", "confirmed"),
       "theme": ["cost_shift", "vague_light"]}),

    # 20 ordinary: 针打连不上电脑
    S("zhen-da-lian-bu-shang-dian-nao",
      ["针式打印机电脑上显示脱机，连不上",
       "630K，大概三个多月前买的。换了根线也不行"],
      {"done": "没了", "confirm": "对", "product": "ZD-630K针式打印机", "serial": "ZD630K260738",
       "started": "大概一周前", "circumstances": "没有，没拆过没改过",
       "wants": "修好", "phone": "150 5547 3392",
       "offer": ["好的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "ZD630K260738：ZD-630K 售出 108 天；CONNECTION -> Covered, FreeRepair。",
      {"serial": "ZD630K260738", "start": 7, "fault": "CONNECTION", "wish": "repair", "theme": ["vague_light"]}),
]

"""Round 71, Chinese: phone typers and voice input. 嗯嗯 / 是滴 / 没有哦 answers, emoji, 语音转文字 run-ons without
punctuation and with homophone slips (有烟机, 休了两次), 网络缩写 (yysy, dbq, 3q, pls), Chinese with English model names
and digits (H16, E60, 4525), a Chinese writer on an en-US browser. meta as in scenarios_en.py."""
from common import S, E

ZH = [
    S("reshuiqi-bu-chu-reshui-enen-h16",
      ["H16热水器不出热水了", "打开就冷水 火也不点"],
      {"done": "没了", "confirm": "嗯嗯", "product": "H16燃气热水器", "serial": "RH1626078391", "started": "前天",
       "circumstances": "没有哦", "wants": "修", "phone": "139 5718 6634", "offer": ["好滴"], "person": "不用",
       "other": "嗯"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "RH1626078391: JSQ-H16 sold 80 days ago, 285 days of labour left; NO_HOT_WATER since 2 days, nothing happened -> "
      "Covered, FreeRepair.",
      {"serial": "RH1626078391", "start": 2, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["oneword", "zh_mixed"]}),

    S("yuyin-youyanji-xiang-xiule-liangci-t9",
      ["喂你好我用语音说的啊我家那个有烟机又开始响了嗡嗡嗡的特别吵你们师傅之前已经来休了两次了每次休好没多久又响"
       "我真的受不了了能不能直接给我换个新的"],
      {"done": "没有了就这些", "confirm": "对对对是的", "product": "油烟机T9那个", "serial": "YT926063911",
       "started": "大概一个礼拜了", "circumstances": "没有没有啥也没干", "wants": "换个新的",
       "phone": "13857162249", "offer": ["行那就换吧"], "person": "不用", "other": "好的"},
      E("zh", "Covered", "Replacement", False, "Urgent"),
      "YT926063911: CXW-T9 sold 129 days ago, 236 days left; NOISE repaired twice under warranty -> repeat: Covered, "
      "Replacement, Urgent. 有烟机 / 休了 are dictation slips for 油烟机 / 修了.",
      {"serial": "YT926063911", "start": 7, "fault": "NOISE", "wish": "new",
       "theme": ["voice_runon", "homophone", "repeat"], "slips": ["有烟机", "休了"]}, hard=True),

    S("dianreshuiqi-e4-youlai-tuikuan-e60",
      ["E60又报E4了😡", "修两回了", "退钱吧 不想要了"],
      {"done": "没", "confirm": "是滴", "product": "电热水器E60", "serial": "DE60G260348", "started": "昨晚",
       "circumstances": "没有", "wants": "退款", "phone": "136 5719 8813", "offer": ["行"], "person": "不用",
       "other": "嗯"},
      E("zh", "Covered", "Refund", False, "Urgent"),
      "DE60G260348: DSZ-E60 sold 198 days ago, 167 days left; ERROR_CODE repaired twice under warranty -> repeat, refund "
      "asked: Covered, Refund, Urgent.",
      {"serial": "DE60G260348", "start": 1, "fault": "ERROR_CODE", "wish": "refund",
       "theme": ["emoji", "oneword", "zh_mixed", "repeat"]}, hard=True),

    S("caise-fuyinji-sitian-kazhi-tuihuo-4525",
      ["4525彩色复印机 买了4天 天天卡纸🙃", "退货"],
      {"done": "没了", "confirm": "嗯", "product": "DC-4525", "serial": "DC45252609875", "started": "到货第二天就开始",
       "circumstances": "没", "wants": "退货退款", "phone": "157 5713 9926", "offer": ["👌"], "person": "不用",
       "other": "嗯嗯"},
      E("zh", "Covered", "Refund", False, "Normal"),
      "DC45252609875: DC-4525 sold 4 days ago, inside the 7-day return window; PAPER_JAM since day 1, return asked -> "
      "Covered, Refund.",
      {"serial": "DC45252609875", "start": 3, "fault": "PAPER_JAM", "wish": "refund",
       "theme": ["emoji", "oneword", "zh_mixed"]}),

    S("jiguang-dayinji-fabai-shangci-meijiancha-lp2200",
      ["LP2200又发白了", "上次叫你们师傅来 说没毛病 啥也没修就走了", "现在字越来越淡 一半看不清 yysy有点无语"],
      {"done": "没了", "confirm": "对", "product": "LP-2200激光打印机", "serial": "LP22QE260793", "started": "五六天了吧",
       "circumstances": "没有 墨粉也是原装的", "wants": "这次好好修pls", "phone": "188 5716 3397", "offer": ["可以"],
       "person": "不用", "other": "嗯"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "LP22QE260793: LP-2200 sold 89 days ago, 276 days left; an earlier PRINT_QUALITY visit was NO_FAULT_FOUND, which "
      "does not count; fading 5-6 days -> Covered, FreeRepair.",
      {"serial": "LP22QE260793", "start": 5, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["abbrev", "zh_mixed", "notrepeat"]}, hard=True),

    S("penmo-dayinji-momo-meile-680",
      ["680打印机墨没了", "才买十来天"],
      {"done": "没", "confirm": "嗯嗯", "product": "IJ-680喷墨", "serial": "IJ6802610995", "started": "今天",
       "circumstances": "没", "wants": "给个墨盒", "phone": "135 5718 4426", "offer": ["好吧😑"], "person": "不用",
       "other": "嗯"},
      E("zh", "NotCovered", "PartReplacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago; the ink cartridge ran out, a consumable (rule 2) -> NotCovered, "
      "PartReplacement at the part price.",
      {"serial": "IJ6802610995", "start": 0, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["oneword", "emoji", "zh_mixed", "consumable"]}),

    S("zhenda-ziji-chaikai-houmian-quezi-630k",
      ["630K针打打出来缺一行一行的", "dbq 我自己把外壳拆开过 想看看打印头", "拆了装回去以后就这样了"],
      {"done": "没了", "confirm": "是的", "product": "630K针式打印机", "serial": "ZD630K251219", "started": "一周前拆的 就那时开始",
       "circumstances": "就是我自己拆开过外壳", "wants": "修好pls", "phone": "151 5712 8834",
       "offer": ["行 收费就收费吧"], "person": "不用", "other": "好"},
      E("zh", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "ZD630K251219: ZD-630K sold 304 days ago, 61 days left; missing lines since the customer opened the casing "
      "(DISASSEMBLY confirmed, CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "ZD630K251219", "start": 7, "fault": "PRINT_QUALITY", "wish": "repair",
       "circ": ("DISASSEMBLY", "confirmed"), "theme": ["abbrev", "zh_mixed", "cost_shift"]}, hard=True),

    S("caiwu-ruanjian-baobiao-shu-dui-bu-shang-s8",
      ["财务软件8.0单机版 利润表数对不上", "月底要交 急急急"],
      {"done": "没了", "confirm": "对", "product": "财务软件8.0单机版", "serial": "FS8-2511-MZKJ", "started": "三天前",
       "circumstances": "没有", "wants": "尽快弄好", "phone": "133 5719 6648", "offer": ["可以远程"], "person": "不用",
       "other": "嗯"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2511-MZKJ: CW-S8 sold 321 days ago, 44 days left; REPORT_WRONG for 3 days -> Covered, RemoteSupport first.",
      {"serial": "FS8-2511-MZKJ", "start": 3, "fault": "REPORT_WRONG", "wish": "repair", "theme": ["oneword", "zh_mixed"]}),

    S("wangluoban-anzhuang-shibai-yingwen-liulanqi-n9",
      ["你好 我电脑是英文系统 但我打中文哈", "新买的财务软件9.0网络版装不上 装到一半就报错退出"],
      {"done": "没有了", "confirm": "是的", "product": "9.0网络版", "serial": "FN9-2610-LHQA", "started": "前天装的时候",
       "circumstances": "没有", "wants": "帮我装好", "phone": "137 5716 2239", "offer": ["好的 远程可以"],
       "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago; INSTALL_FAILURE for 2 days -> Covered, RemoteSupport first (software, no "
      "return window). Chinese writer on an en-US browser.",
      {"serial": "FN9-2610-LHQA", "start": 2, "fault": "INSTALL_FAILURE", "wish": "repair",
       "theme": ["locale_mismatch", "zh_mixed"]}, locale="en-US"),

    S("fuyinji-baocuo-daima-3020",
      ["3020复印机屏幕报错 复印不了", "码是C-2801", "pls快点 办公室等着用"],
      {"done": "没", "confirm": "嗯", "product": "DC-3020复印机", "serial": "DC30202608455", "started": "今早",
       "circumstances": "没有", "wants": "上门修", "phone": "159 5713 7728", "offer": ["OK 3q"], "person": "不用",
       "other": "嗯"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago, 317 days left; ERROR_CODE today, code typed -> Covered, FreeRepair.",
      {"serial": "DC30202608455", "start": 0, "fault": "ERROR_CODE", "wish": "repair",
       "theme": ["abbrev", "zh_mixed"]}),

    S("yuyin-ranqizao-da-bu-zhao-huo-q5",
      ["那个我家燃气灶右边那个头打不着火了一直啪啪啪的响就是没有火左边的还好的用了快三个月了吧从上个礼拜开始的"
       "电池我也换过新的了还是不行麻烦你们派个人来看一下"],
      {"done": "没有了", "confirm": "对的对的", "product": "燃气灶Q5", "serial": "JQ526078529", "started": "上个礼拜 差不多八九天前",
       "circumstances": "没有啊就正常做饭", "wants": "派人来修", "phone": "18657143326",
       "offer": ["好的好的"], "person": "不用", "other": "嗯嗯"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "JQ526078529: JZT-Q5 sold 88 days ago, 277 days left; NO_IGNITION on one burner for 8-9 days; new batteries are a "
      "harmless check -> Covered, FreeRepair.",
      {"serial": "JQ526078529", "start": 8, "fault": "NO_IGNITION", "wish": "repair", "theme": ["voice_runon"]}, hard=True),

    S("ranqizao-you-meiqiwei-q5",
      ["厨房有煤气味！！", "Q5灶那边", "咋办😭"],
      {"done": "没", "confirm": "对", "product": "Q5燃气灶", "serial": "JQ526067582", "started": "刚刚",
       "circumstances": "没有", "wants": "快来人", "phone": "138 5714 9926", "offer": ["好"], "person": "要",
       "other": "嗯"},
      E("zh", None, None, True, "Safety"),
      "JQ526067582: JZT-Q5; a gas smell is an emergency: safety advice, escalated with priority Safety, no verdict.",
      {"serial": "JQ526067582", "start": 0, "fault": "GAS_SMELL", "safety": True,
       "theme": ["emoji", "zh_mixed", "safety"]}),

    S("zhenda-guobao-dayin-mohu-yingwen-liulanqi-630k",
      ["针式打印机630K打发票字很模糊", "用了快两年了", "浏览器是英文的 不影响吧"],
      {"done": "没了", "confirm": "是", "product": "ZD-630K", "serial": "ZD630K250163", "started": "半个月左右",
       "circumstances": "没有 色带上礼拜刚换的新的", "wants": "修", "phone": "139 5711 6673",
       "offer": ["行 多少钱都修吧"], "person": "不用", "other": "嗯"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "ZD630K250163: ZD-630K sold 662 days ago, expired 116 days ago; blurred print for two weeks with a new ribbon "
      "(not the consumable) -> NotCovered, PaidRepair. Chinese writer on en-US.",
      {"serial": "ZD630K250163", "start": 15, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["locale_mismatch", "zh_mixed"]}, locale="en-US", hard=True),

    S("lao-fuyinji-kazhi-guobao-3020",
      ["老复印机卡纸", "3020", "买了一年半多了"],
      {"done": "没", "confirm": "嗯", "product": "3020", "serial": "BG-224017", "started": "三四天", "circumstances": "没",
       "wants": "修", "phone": "152 5713 8846", "offer": ["行"], "person": "不用", "other": "嗯"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "Order BG-224017 = DC30202504315: DC-3020 sold 562 days ago, expired 197 days ago; PAPER_JAM 3-4 days -> "
      "NotCovered, PaidRepair.",
      {"serial": "DC30202504315", "start": 4, "fault": "PAPER_JAM", "wish": "repair", "theme": ["oneword", "zh_mixed"]}),

    S("wangluoban-guobao-shouquan-yao-zhenren-n8",
      ["财务软件网络版授权报错 都登不进去", "8.0的"],
      {"done": "没了", "confirm": "嗯", "product": "8.0网络版", "serial": "FN8-2508-YWLD", "started": "昨天",
       "circumstances": "没有", "wants": "能用就行", "phone": "136 5717 3384",
       "offer": ["不要远程 找个人工客服跟我说"], "person": "要", "other": "嗯"},
      E("zh", "NotCovered", "RemoteSupport", True, "Normal"),
      "FN8-2508-YWLD: CW-N8 sold 439 days ago, expired 74 days ago; LICENCE_ERROR since yesterday -> NotCovered, "
      "RemoteSupport at the fee; the customer asks for a person at the offer -> escalated, Normal.",
      {"serial": "FN8-2508-YWLD", "start": 1, "fault": "LICENCE_ERROR", "wish": "repair", "flow": "person",
       "theme": ["oneword", "zh_mixed", "wants_person"]}),

    S("dianreshuiqi-dianya-buwen-tiaozha-bu-jiare-e60",
      ["E60电热水器不加热了", "我们村电压一直不稳 前几天跳了好几次闸", "跳完闸就不热了"],
      {"done": "没", "confirm": "是滴", "product": "E60", "serial": "DE60V250645", "started": "五天前跳闸以后",
       "circumstances": "就是电压不稳跳闸", "wants": "修", "phone": "158 5712 6693", "offer": ["好吧 收就收吧"],
       "person": "不用", "other": "嗯"},
      E("zh", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60V250645: DSZ-E60 sold 502 days ago with extended cover (47 days left); NO_HOT_WATER since the breaker tripped "
      "on an unstable supply (VOLTAGE confirmed, CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "DE60V250645", "start": 5, "fault": "NO_HOT_WATER", "wish": "repair", "circ": ("VOLTAGE", "confirmed"),
       "theme": ["oneword", "zh_mixed", "cost_shift"]}, hard=True),

    S("reshuiqi-maobing-bannian-qian-jiuyou-h16",
      ["H16热水器水温忽冷忽热", "这毛病半年前就有了一直忍着", "今天实在受不了"],
      {"done": "没了", "confirm": "对", "product": "H16", "serial": "RH1626086062", "started": "大概半年前",
       "circumstances": "没有", "wants": "修好", "phone": "187 5716 2248", "offer": ["好"], "person": "不用",
       "other": "嗯"},
      E("zh", "NeedsReview", None, True, "Normal"),
      "RH1626086062: JSQ-H16 sold 57 days ago, but the customer says the fault began about half a year ago, before the "
      "sale -> rule 1, NeedsReview.",
      {"serial": "RH1626086062", "start": 180, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["oneword", "zh_mixed", "review"]}, hard=True),

    S("youyanji-you-xiang-xiuguo-yici-t9",
      ["烟机又响了", "上次修过一回 这次又是那种咔咔声", "T9"],
      {"done": "没", "confirm": "嗯嗯", "product": "T9油烟机", "serial": "YT926068688", "started": "两三天",
       "circumstances": "没有哦", "wants": "修", "phone": "139 5714 3367", "offer": ["ok"], "person": "不用",
       "other": "嗯"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "YT926068688: CXW-T9 sold 109 days ago, 256 days left; one NOISE repair and one WEAK_SUCTION repair (ours): not a "
      "repeat -> Covered, FreeRepair.",
      {"serial": "YT926068688", "start": 3, "fault": "NOISE", "wish": "repair",
       "theme": ["oneword", "zh_mixed", "notrepeat"]}, hard=True),

    S("xin-dianreshuiqi-loushui-huan-xin-e60",
      ["新装的E60热水器漏水💦💦", "前天刚到货装好", "换新的"],
      {"done": "没了", "confirm": "是的", "product": "E60电热水器", "serial": "DE60R260884", "started": "昨天发现的",
       "circumstances": "没有 你们师傅装的", "wants": "换新", "phone": "135 5716 9938", "offer": ["好的👍"],
       "person": "不用", "other": "嗯"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "DE60R260884: DSZ-E60 sold 2 days ago; LEAK since yesterday, our installer, a new one asked -> Covered, "
      "Replacement (exchange window).",
      {"serial": "DE60R260884", "start": 1, "fault": "LEAK", "wish": "new", "theme": ["emoji", "zh_mixed"]}),

    S("caise-fuyinji-heixian-bushi-mofen-4525",
      ["4525彩色复印机印出来有条黑线", "竖着的 每张都有", "墨粉刚换的原装的 不是墨粉的问题"],
      {"done": "没", "confirm": "嗯", "product": "4525", "serial": "DC45252511178", "started": "一周多",
       "circumstances": "没", "wants": "修", "phone": "182 5713 6674", "offer": ["可"], "person": "不用",
       "other": "嗯"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "DC45252511178: DC-4525 sold 330 days ago, 35 days left; PRINT_QUALITY (a black line) for over a week, the toner is "
      "ruled out by the customer -> Covered, FreeRepair.",
      {"serial": "DC45252511178", "start": 9, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["oneword", "zh_mixed"]}, hard=True),
]

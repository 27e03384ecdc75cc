"""Round 170, Chinese: contrast and concession (除了…其他都正常, 虽然能用但是…, 倒是没摔过，就是…). Same structure and meta as
scenarios_en.py."""
from common import S, E

ZH = [
    S("zaoju-huo-chang-mie-haizi-qiao-lie-mianban-q5",
      ["你好，我家Q5灶具右边那个灶火老是烧着烧着就灭了", "能用是能用，就是得一直看着"],
      {"done": "没了", "confirm": "对", "product": "JZT-Q5燃气灶", "serial": "JQ526067582", "started": "大概两个礼拜前",
       "circumstances": "倒是没摔过，就是前阵子孩子拿铁锅铲把玻璃面板敲裂了一道缝，就在那个灶头旁边",
       "wants": "修好", "phone": "137 5862 4419", "offer": ["行，修吧"], "person": "不用", "other": "好"},
      E("zh", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "JQ526067582: JZT-Q5 sold 58 days ago, in warranty; FLAME_GOES_OUT for ~14 days. '倒是没摔过，就是…敲裂了' is a plain yes: "
      "the child cracked the panel (USER_DAMAGE, CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "JQ526067582", "start": 14, "fault": "FLAME_GOES_OUT", "wish": "repair", "circ": ("USER_DAMAGE", "confirmed"),
       "theme": ["apart_yes", "works_but", "cost_shift"]},
      hard=True),

    S("xin-youyanji-chu-le-you-dian-xiang-tuikuan-t9",
      ["油烟机三天前刚装的，T9", "除了有点响其他都正常，可是这个响是真的响，嗡嗡的一直不停", "我想退了"],
      {"done": "没有了", "confirm": "是的", "product": "CXW-T9油烟机", "serial": "YT926099963", "started": "前天开始的",
       "circumstances": "没有，你们师傅装的，装完就没动过", "wants": "退款", "phone": "152 6873 3149",
       "offer": ["行，就这么办"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Refund", False, "Normal"),
      "YT926099963: CXW-T9 sold 3 days ago (7-day return window); NOISE for ~2 days, refund asked -> Covered, Refund. At the "
      "offer '退款可以，就是…' agrees with a condition, then a clear yes.",
      {"serial": "YT926099963", "start": 2, "fault": "NOISE", "wish": "refund", "theme": ["offer_but", "concede", "refund"]},
      say=[("offer", "退款可以，就是旧机器我自己拆不下来，得你们上门拆走")], hard=True),

    S("fuyinji-kazhi-shijian-shuo-cuo-le-dc3020",
      ["DC-3020复印机，买回来没几天，今天开始卡纸", "能复印，但是十张里面得卡个两三张", "想换台新的"],
      {"done": "没别的了", "confirm": "其他都对", "product": "DC-3020复印机", "serial": "DC30202608396",
       "started": "前天", "circumstances": "没有，纸也是正常的A4", "wants": "换新的", "phone": "0571 8654 3317",
       "offer": ["好的，换吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "DC30202608396: DC-3020 sold 3 days ago (inside the windows); PAPER_JAM since 2 days (the story said today, corrected at "
      "the restatement; both give the same outcome), a new one asked -> Covered, Replacement.",
      {"serial": "DC30202608396", "start": 2, "said_starts": [0], "fault": "PAPER_JAM", "wish": "new",
       "theme": ["except_confirm", "works_but", "new"]},
      say=[("confirm", "对，除了时间不对，不是今天开始的，是前天就开始卡了，我刚才说错了")], hard=True),

    S("jiguang-dayinji-you-tiao-bai-xian-lp2200",
      ["LP-2200打印机，打出来每张纸中间都有一条白线", "也不算坏吧，就是文件没法给客户看"],
      {"done": "没了", "confirm": "对的", "product": "LP-2200激光打印机", "serial": "LP22DF251194", "started": "二十来天前",
       "circumstances": "没有，除了换了个原装墨粉盒，别的都没动过，换了也没用", "wants": "修一下", "phone": "135 8847 6612",
       "offer": ["可以"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago, 43 days left; PRINT_QUALITY for ~20 days; a genuine toner swap is not a "
      "circumstance -> Covered, FreeRepair.",
      {"serial": "LP22DF251194", "start": 20, "fault": "PRINT_QUALITY", "wish": "repair", "theme": ["concede", "apart_no"]}),

    S("reshuiqi-baocuo-chu-le-xi-guolvwang-h16",
      ["燃气热水器H16最近老跳E1", "热水倒是还有，就是洗到一半就熄了，得重新开"],
      {"done": "就这个", "confirm": "对", "product": "JSQ-H16燃气热水器", "serial": "RH1626086062", "started": "一个多礼拜前，十天左右",
       "circumstances": "没有，除了我按说明书把进水口的过滤网拧下来洗了一下又装回去了，别的没碰",
       "wants": "上门修", "phone": "138 5716 4423", "offer": ["好的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "RH1626086062: JSQ-H16 sold 57 days ago, in warranty; ERROR_CODE E1 for ~10 days; cleaning the inlet filter as the "
      "manual says is no circumstance -> Covered, FreeRepair.",
      {"serial": "RH1626086062", "start": 10, "fault": "ERROR_CODE", "wish": "repair", "theme": ["apart_no", "works_but"]}),

    S("danjiban-beifen-chu-le-yi-ge-zhangtao-s8",
      ["财务软件8单机版，前天刚买的", "备份都正常，除了一个账套，一备份就报错"],
      {"done": "没有了", "confirm": "是", "product": "财务软件8单机版", "serial": "FS8-2608-GQCU", "started": "昨天",
       "circumstances": "没有，电脑没换过", "wants": "帮我弄好", "phone": "139 5563 7728", "offer": ["可以，远程吧"],
       "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2608-GQCU: CW-S8 sold 2 days ago, software; DATA_BACKUP since yesterday -> Covered, RemoteSupport first.",
      {"serial": "FS8-2608-GQCU", "start": 1, "fault": "DATA_BACKUP", "wish": "repair", "theme": ["concede", "software"]}),

    S("dianreshuiqi-baocuo-xiu-guo-liang-ci-bu-shi-yi-ci-e60",
      ["电热水器E60又报故障码了，你们来修过一次", "能烧水，就是隔一会就报码断电", "这次我想直接换一台"],
      {"done": "没了", "confirm": "其他都对", "product": "DSZ-E60电热水器", "serial": "DE60G260348", "started": "四五天前吧，算五天",
       "circumstances": "没有，就你们师傅动过", "wants": "换一台新的", "phone": "186 5742 3361",
       "offer": ["可以，换吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Urgent"),
      "DE60G260348: DSZ-E60 sold 198 days ago, 167 days left; ERROR_CODE repaired twice in warranty -> repeat: Covered, "
      "Replacement, Urgent. At the restatement '对，除了…修过两次不是一次' corrects the repair count.",
      {"serial": "DE60G260348", "start": 5, "fault": "ERROR_CODE", "wish": "new", "theme": ["except_confirm", "works_but", "repeat"]},
      say=[("confirm", "对，除了一点，你们修过两次了，不是一次")], hard=True),

    S("zhenshi-dayinji-mei-zhang-ka-yi-xia-zd630k",
      ["针式打印机ZD-630K，十来天前买的", "能打，就是每张走纸都要卡一下，单子都打歪了", "想换一台"],
      {"done": "没有", "confirm": "对", "product": "ZD-630K", "serial": "ZD630K260969", "started": "一个礼拜前",
       "circumstances": "没有", "wants": "换新的", "phone": "133 6681 5427", "offer": ["好"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "ZD630K260969: ZD-630K sold 12 days ago (15-day exchange window); PAPER_JAM for ~7 days, a new one asked -> Covered, "
      "Replacement.",
      {"serial": "ZD630K260969", "start": 7, "fault": "PAPER_JAM", "wish": "new", "theme": ["works_but", "new"]}),

    S("wangluoban-shouquan-yuancheng-xiawu-n9",
      ["财务软件9网络版，授权老是报错", "虽然能用，但是每次登录都得点好几次才进得去"],
      {"done": "没了", "confirm": "对", "product": "财务软件9网络版", "serial": "FN9-2610-LHQA", "started": "大前天",
       "circumstances": "没有", "wants": "解决授权问题", "phone": "0571 8537 6642",
       "offer": ["好的，下午远程可以"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago, software; LICENCE_ERROR for ~3 days -> Covered, RemoteSupport. At the offer "
      "'远程可以，就是…' is a yes with a time condition, then a clear yes.",
      {"serial": "FN9-2610-LHQA", "start": 3, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["offer_but", "works_but", "software"]},
      say=[("offer", "远程可以，就是上午我们这边没人，管电脑的下午才来")], hard=True),

    S("fuyinji-you-kazhi-huan-guo-lingjian-dc4525",
      ["DC-4525复印机又卡纸了，之前你们换过一次搓纸轮", "这次卡的地方不一样，不过也算能用"],
      {"done": "没了", "confirm": "对的", "product": "DC-4525复印机", "serial": "DC45252608388", "started": "半个月前",
       "circumstances": "没有", "wants": "修", "phone": "0571 8816 4453", "offer": ["可以"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "DC45252608388: DC-4525 sold 92 days ago, 273 days left; PAPER_JAM for ~15 days, one earlier part replacement (not a "
      "repeat) -> Covered, FreeRepair.",
      {"serial": "DC45252608388", "start": 15, "fault": "PAPER_JAM", "wish": "repair", "theme": ["concede", "notrepeat"]}),

    S("youyanji-xili-xiao-laogong-jia-le-zhinifa-t9",
      ["T9油烟机吸力越来越小了", "开着倒是开着，就是炒个菜满屋子烟"],
      {"done": "没有", "confirm": "是的", "product": "CXW-T9油烟机", "serial": "YT926028831", "started": "一个来月了",
       "circumstances": "没有……哦，除了我老公自己在出风口那里加装了一个止逆阀，外面网上买的，不是你们的",
       "wants": "修好", "phone": "150 5863 7742", "offer": ["行，修吧"], "person": "不用", "other": "好"},
      E("zh", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "YT926028831: CXW-T9 sold 212 days ago, 153 days left; WEAK_SUCTION for ~30 days. '没有……除了我老公自己加装了止逆阀' "
      "is a plain yes (MODIFICATION, CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "YT926028831", "start": 30, "fault": "WEAK_SUCTION", "wish": "repair", "circ": ("MODIFICATION", "confirmed"),
       "theme": ["apart_yes", "works_but", "cost_shift"]},
      hard=True),

    S("reshuiqi-lou-shui-di-san-ci-tuikuan-h16",
      ["H16热水器又漏水了，你们已经来换过两次配件", "除了漏水别的倒都正常，可我不想再修了，要退钱"],
      {"done": "没了", "confirm": "对", "product": "JSQ-H16热水器", "serial": "RH1626062609", "started": "一个礼拜前",
       "circumstances": "没有", "wants": "退款", "phone": "187 5564 3318", "offer": ["可以，退吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Refund", False, "Urgent"),
      "RH1626062609: JSQ-H16 sold 127 days ago, 238 days left; LEAK part-replaced twice in warranty -> repeat, refund asked: "
      "Covered, Refund, Urgent.",
      {"serial": "RH1626062609", "start": 7, "fault": "LEAK", "wish": "refund", "theme": ["concede", "repeat", "refund"]}),

    S("zaoju-huo-xiao-chu-le-you-dian-meiqiwei-q5",
      ["Q5燃气灶火越来越小，蓝火变黄火", "做饭还行，就是慢"],
      {"done": "没了", "confirm": "对", "product": "JZT-Q5", "serial": "JQ526076413", "started": "十来天前",
       "circumstances": "没摔没进水，除了开着的时候偶尔有点煤气味，别的没什么",
       "wants": "修", "phone": "139 6652 7713", "offer": ["好"], "person": "好的", "other": "好"},
      E("zh", None, None, True, "Safety"),
      "JQ526076413: JZT-Q5; the gas smell is named only behind '除了' at the circumstance question -> safety: no verdict, "
      "escalated Safety.",
      {"serial": "JQ526076413", "start": 10, "fault": "GAS_SMELL", "safety": True, "theme": ["apart_yes", "safety"]},
      hard=True),

    S("danjiban-yunxing-man-s8",
      ["财务软件8单机版，月底结账的时候特别慢", "能用，但是出个报表要等好几分钟"],
      {"done": "没有", "confirm": "是", "product": "财务软件8", "serial": "FS8-2511-MZKJ", "started": "上个礼拜开始",
       "circumstances": "没有", "wants": "快一点", "phone": "138 6674 3352", "offer": ["行"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2511-MZKJ: CW-S8 sold 321 days ago, 44 days left; SLOW for ~7 days -> Covered, RemoteSupport first.",
      {"serial": "FS8-2511-MZKJ", "start": 7, "fault": "SLOW", "wish": "repair", "theme": ["works_but", "software"]}),

    S("wangluoban-guobao-lian-bu-shang-n8",
      ["财务软件8网络版，知道过保了", "客户端连服务器，虽然能连上，但是十分钟就掉一次"],
      {"done": "没了", "confirm": "对", "product": "财务软件8网络版", "serial": "FN8-2508-YWLD", "started": "一个月前",
       "circumstances": "没有", "wants": "帮我们处理一下，收费也行", "phone": "0571 6635 8874",
       "offer": ["除了价格有点高，其他没意见，可以"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-YWLD: CW-N8 sold 439 days ago, expired 74 days ago; CONNECTION for ~30 days (well after the expiry) -> "
      "NotCovered, RemoteSupport at the fee.",
      {"serial": "FN8-2508-YWLD", "start": 30, "fault": "CONNECTION", "wish": "repair", "theme": ["offer_but", "expired", "software"]}),

    S("dayinji-kazhi-cong-qianmen-chou-zhi-lp2200",
      ["LP-2200老是卡纸", "也不是不能打，就是一天卡好几回"],
      {"done": "没了", "confirm": "对", "product": "LP-2200", "serial": "LP22VQ250169", "started": "三个礼拜前左右",
       "circumstances": "没有，除了卡纸的时候我们按说明书从前门把纸抽出来，别的没动过",
       "wants": "修", "phone": "135 7713 5846", "offer": ["可以"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "LP22VQ250169: LP-2200 sold 621 days ago, covered by its extension (109 days left); PAPER_JAM for ~21 days; clearing "
      "a jam through the front door is no circumstance -> Covered, FreeRepair.",
      {"serial": "LP22VQ250169", "start": 21, "fault": "PAPER_JAM", "wish": "repair", "theme": ["apart_no", "works_but"]},
      hard=True),

    S("fuyinji-baocuo-cha-sa-zai-gaiban-dc3020",
      ["DC-3020复印机开机报错，代码是C-2557", "偶尔重启能用一会儿"],
      {"done": "没了", "confirm": "对", "product": "DC-3020复印机", "serial": "DC30202607653", "started": "大概两个礼拜前",
       "circumstances": "水倒是没进过，就是有次茶杯碰倒了，洒了一点在盖板上，但那是报错好几天以后的事，跟这个没关系",
       "wants": "修", "phone": "0571 8872 6634", "offer": ["好"], "person": "好", "other": "好"},
      E("zh", "NeedsReview", None, True, "Normal"),
      "DC30202607653: DC-3020 sold 43 days ago, in warranty; ERROR_CODE C-2557 for ~14 days, one earlier ERROR_CODE repair "
      "(not a repeat); tea spilled on the lid (confirmed) but disputed as the cause -> rule 5, NeedsReview, escalated.",
      {"serial": "DC30202607653", "start": 14, "fault": "ERROR_CODE", "wish": "repair", "circ": ("USER_DAMAGE", "disputed"),
       "theme": ["apart_yes", "cost_shift", "review", "notrepeat"]},
      hard=True),

    S("reshuiqi-bu-re-xiang-huan-h16",
      ["H16燃气热水器十天前买的", "有热水是有热水，就是温吞吞的，调到最高也不烫", "能不能换一台"],
      {"done": "没有", "confirm": "是的", "product": "JSQ-H16", "serial": "RH1626102352", "started": "六天前",
       "circumstances": "没有，你们装的", "wants": "换一台", "phone": "152 5583 6617", "offer": ["好的，换"], "person": "不用",
       "other": "好"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "RH1626102352: JSQ-H16 sold 10 days ago (15-day exchange window); NO_HOT_WATER for ~6 days, a new one asked -> Covered, "
      "Replacement.",
      {"serial": "RH1626102352", "start": 6, "fault": "NO_HOT_WATER", "wish": "new", "theme": ["works_but", "new"]}),

    S("dianreshuiqi-guobao-lou-shui-zhao-ren-e60",
      ["电热水器E60底下渗水，过保了我知道", "除了渗水其他都正常"],
      {"done": "没了", "confirm": "对", "product": "DSZ-E60", "serial": "DE60X250226", "started": "两个月前",
       "circumstances": "没有", "wants": "修", "phone": "137 6658 4413",
       "offer": ["修是可以修，就是这个价我做不了主，让你们的人跟我说吧"], "person": "好的，要人工", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", True, "Normal"),
      "DE60X250226: DSZ-E60 sold 552 days ago, expired 187 days ago; LEAK for ~60 days -> NotCovered, PaidRepair; the "
      "customer asks for a person at the offer -> escalated Normal.",
      {"serial": "DE60X250226", "start": 60, "fault": "LEAK", "wish": "repair", "flow": "person",
       "theme": ["offer_but", "concede", "expired", "wants_person"]}),

    S("danjiban-anzhuang-shibai-shi-9-bu-shi-8-s9",
      ["财务软件8单机版装不上，装到一半就退出", "别的电脑倒是装上了，就是这台新电脑不行"],
      {"done": "没了", "confirm": "其他都对", "product": "财务软件9单机版", "serial": "FS9-2610-CDNH", "started": "前天",
       "circumstances": "没有", "wants": "装好", "phone": "138 7756 2241", "offer": ["好的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2610-CDNH: CW-S9 sold 4 days ago, software; INSTALL_FAILURE for ~2 days -> Covered, RemoteSupport. The story "
      "names version 8; at the restatement '对，除了版本' corrects it to 9, which the record confirms.",
      {"serial": "FS9-2610-CDNH", "start": 2, "fault": "INSTALL_FAILURE", "wish": "repair",
       "theme": ["except_confirm", "concede", "software"]},
      say=[("confirm", "对，除了版本说错了，是9单机版不是8")], hard=True),
]

"""Round 66, Chinese: everything at once. 一上来就把型号、序列号、什么时候买的、出了什么事、想要什么全说了的客户:
有的是从表单或微信里复制过来的(型号: / 序列号: / 购买时间:),有的是一大段话,有的分两条发,之后对机器人的确认只回一两个字。
保内、三包期、过保、除外责任、重复故障混在一起。meta 同 scenarios_en.py。"""
from common import S, E

ZH = [
    S("biaodan-caiwu-8-danjiban-dakai-zhangtao-ka-s8",
      ["型号：财务软件8.0单机版\n"
       "授权号：FS8-2511-MZKJ\n"
       "购买时间：十个多月前\n"
       "问题：前天开始一打开账套就卡住，转圈转半天才出来，录一张凭证要等一分钟\n"
       "诉求：远程帮我看看，尽快"],
      {"done": "没了", "confirm": "对", "product": "财务软件8.0单机版", "serial": "FS8-2511-MZKJ", "started": "前天",
       "circumstances": "没有", "wants": "远程处理", "phone": "138 5712 6634", "offer": ["可以 远程吧"],
       "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2511-MZKJ: CW-S8 sold 321 days ago (CITY, Xiaoshan), 44 days left; SLOW since 2 days -> Covered, "
      "RemoteSupport first.",
      {"serial": "FS8-2511-MZKJ", "start": 2, "fault": "SLOW", "wish": "repair", "bought": 315,
       "theme": ["form", "software", "in_warranty"]}),

    S("qiantian-mai-de-dianreshuiqi-shui-bu-re-yao-tuikuan-e60",
      ["你好 前天在南京买的E60电热水器 序列号DE60R260884 昨天你们安排的师傅装好的 通电加热了一整晚 指示灯是亮的 "
       "但是出来的水一直是凉的 根本没热 新买的就这样 太闹心了 我要退货退款 不想修"],
      {"done": "没有了", "confirm": "是的", "product": "E60电热水器", "serial": "DE60R260884", "started": "昨天装好就这样",
       "circumstances": "没有 都是你们师傅装的", "wants": "退货退款", "phone": "151 5184 6627",
       "offer": ["好 退吧"], "person": "不用", "other": "嗯"},
      E("zh", "Covered", "Refund", False, "Normal"),
      "DE60R260884: DSZ-E60 sold 2 days ago (REMOTE, Nanjing), inside the 7-day return window; NO_HOT_WATER since "
      "yesterday's installation, refund asked -> Covered, Refund.",
      {"serial": "DE60R260884", "start": 1, "fault": "NO_HOT_WATER", "wish": "refund", "bought": 2,
       "theme": ["paragraph", "window"]}),

    S("you-da-bu-zhao-huo-xiu-guo-liang-ci-tui-qian-q5",
      ["又是我!!! 灶又打不着火了",
       "JZT-Q5 燃气灶 JQ526062448 萧山 五个月前买的 你们师傅来修过两回点火了 三个多月前一回 一个多月前一回 "
       "昨天开始又是只听见哒哒哒就是不着火 不修了 都第三次了 直接退货退钱"],
      {"done": "没了", "confirm": "对", "product": "Q5燃气灶", "serial": "JQ526062448", "started": "昨天",
       "circumstances": "没有 只有你们师傅动过", "wants": "退货退钱", "phone": "139 5716 8842",
       "offer": ["行 退吧"], "person": "不用", "other": "嗯"},
      E("zh", "Covered", "Refund", False, "Urgent"),
      "JQ526062448: JZT-Q5 sold 152 days ago (CITY, Xiaoshan), 213 days left; NO_IGNITION repaired twice under warranty "
      "(99 and 38 days ago) -> repeat failure; refund asked -> Covered, Refund first, Urgent.",
      {"serial": "JQ526062448", "start": 1, "fault": "NO_IGNITION", "wish": "refund", "bought": 150,
       "theme": ["two_msgs", "repeat"]}, hard=True),

    S("biaodan-reshuiqi-hu-leng-hu-re-guobao-shoufei-h16",
      ["产品：燃气热水器 H16\n"
       "机身号：RH1624071541\n"
       "购买时间：两年多前（萧山）\n"
       "故障：洗澡水忽冷忽热，热一下又凉了，最近一个礼拜越来越严重\n"
       "期望：上门修一下，过保了收费也可以，麻烦先说个大概价格"],
      {"done": "没有", "confirm": "对的", "product": "H16燃气热水器", "serial": "RH1624071541", "started": "一个礼拜前",
       "circumstances": "没有", "wants": "上门修 收费可以", "phone": "136 0587 4413",
       "offer": ["行 安排吧"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "RH1624071541: JSQ-H16 sold 795 days ago (CITY, Xiaoshan), parts expired 65 days ago, labour 430 days ago; NO_HOT_WATER "
      "since ~7 days, after both expiries -> rule 4 NotCovered, PaidRepair.",
      {"serial": "RH1624071541", "start": 7, "fault": "NO_HOT_WATER", "wish": "repair", "bought": 760,
       "theme": ["form", "expired"]}),

    S("yanbao-nei-ziji-huan-meibang-di-shui-e60",
      ["说下情况哈 E60电热水器 DE60V250645 淳安 一年四个多月前买的 买的时候加了半年延保 应该还在保内 上个月我自己从网上"
       "买了根镁棒换上了(不是你们家的配件) 这几天发现热水器底下一直在滴水 要修 该收的费用我认"],
      {"done": "没了", "confirm": "嗯对", "product": "E60电热水器", "serial": "DE60V250645", "started": "三四天前",
       "circumstances": "镁棒是我自己换的 网上买的 不是你们的", "wants": "修好 该收费就收", "phone": "158 5716 3390",
       "offer": ["可以"], "person": "不用", "other": "好"},
      E("zh", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60V250645: DSZ-E60 sold 502 days ago (COUNTY, Chun'an) with 6 extended months, 47 days left; LEAK after the "
      "customer fitted a magnesium rod bought elsewhere (MODIFICATION / DISASSEMBLY, CostFee) -> rule 8 CoveredWithFee, "
      "PaidRepair.",
      {"serial": "DE60V250645", "start": 3, "fault": "LEAK", "wish": "repair", "bought": 490,
       "circ": ("MODIFICATION", "confirmed"), "theme": ["paragraph", "excluded", "extension"]}, hard=True),

    S("xin-yanji-maoyan-shaojiao-wei-t9",
      ["急!!! 前天刚买的T9油烟机 上城区 序列号YT926091560 刚才开着炒菜 电机那里突然冒烟 一股烧焦的味道 我已经把电源拔了 "
       "现在不敢用 赶紧派人来看"],
      {"done": "没了", "confirm": "对", "product": "T9油烟机", "serial": "YT926091560", "started": "刚才",
       "circumstances": "没有", "wants": "派人来看", "phone": "133 8571 2946", "offer": ["好"],
       "person": "要", "other": "好"},
      E("zh", None, None, True, "Safety"),
      "YT926091560: CXW-T9 sold 2 days ago (CITY, Shangcheng); smoke and a burning smell from the motor -> safety: no "
      "verdict, escalated with priority Safety.",
      {"serial": "YT926091560", "start": 0, "fault": "BURNT", "wish": "repair", "bought": 2, "safety": True,
       "theme": ["paragraph", "safety"]}),

    S("shouhou-dengji-biao-yanji-wengweng-xiang-huan-xin-t9",
      ["【售后登记】\n"
       "姓名：陈女士\n"
       "产品型号：CXW-T9 油烟机\n"
       "机身编号：YT926090053\n"
       "购买日期：11天前（拱墅）\n"
       "故障描述：开高档的时候里面嗡嗡响得厉害，像有东西松了，买回来第五天就开始了\n"
       "处理要求：换新机\n"
       "备注：没摔没碰，也没拆过"],
      {"done": "没有了", "confirm": "对", "product": "T9油烟机", "serial": "YT926090053", "started": "大概六天前",
       "circumstances": "没有 表里写了", "wants": "换新机", "phone": "187 5810 6634", "offer": ["好的 换吧"],
       "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "YT926090053: CXW-T9 sold 11 days ago (CITY, Gongshu), inside the 15-day exchange window; NOISE since the fifth day "
      "after purchase (~6 days ago); '没摔没碰，也没拆过' is a denial; a new unit asked -> Covered, Replacement.",
      {"serial": "YT926090053", "start": 6, "fault": "NOISE", "wish": "new", "bought": 11, "neg_label": True,
       "theme": ["form", "window"]}, hard=True),

    S("yanbao-jiguang-dayinji-houmian-kazhi-lp2200",
      ["LP-2200激光打印机 序列号LP22VQ250169 一年八个多月前买的 当时加了一年延保 所以现在还在保修期 最近一个多礼拜进纸老是"
       "卡在后面出纸口那里 十张能卡三四张 麻烦安排师傅上门修一下"],
      {"done": "没了", "confirm": "是", "product": "LP-2200打印机", "serial": "LP22VQ250169", "started": "一个多礼拜前",
       "circumstances": "没有", "wants": "上门修", "phone": "135 8814 2267", "offer": ["好的"], "person": "不用",
       "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "LP22VQ250169: LP-2200 sold 621 days ago (CITY, Shangcheng) with 12 extended months, 109 days left; PAPER_JAM "
      "since ~9 days -> Covered (by the extension), FreeRepair.",
      {"serial": "LP22VQ250169", "start": 9, "fault": "PAPER_JAM", "wish": "repair", "bought": 610,
       "theme": ["paragraph", "in_warranty", "extension"]}),

    S("fuyinji-tiaowen-qingle-liang-hui-you-lai-huan-xin-dc3020",
      ["复印机的事 第三次找你们了",
       "DC-3020 编号DC30202605809 西湖区 快六个月前买的 复印出来一道一道竖条纹 你们的人来清过两回了 差不多四个月前一回 "
       "一个半月前一回 每次好几个礼拜又这样 三天前又开始了 别再上门清了 直接给换台新的"],
      {"done": "没了", "confirm": "对", "product": "DC-3020复印机", "serial": "DC30202605809", "started": "三天前",
       "circumstances": "没有 只有你们的人动过", "wants": "换台新的", "phone": "131 5719 8823",
       "offer": ["可以 换"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Urgent"),
      "DC30202605809: DC-3020 sold 174 days ago (CITY, Xihu), 191 days left; PRINT_QUALITY repaired twice under warranty "
      "(113 and 44 days ago) -> repeat failure: Covered, Replacement first, Urgent.",
      {"serial": "DC30202605809", "start": 3, "fault": "PRINT_QUALITY", "wish": "new", "bought": 175,
       "theme": ["two_msgs", "repeat"]}, hard=True),

    S("biaodan-zhenda-sedai-yongwan-mianfei-huan-ma-zd630k",
      ["品名：针式打印机 ZD-630K\n"
       "编号：ZD630K260738\n"
       "买了多久：三个半月左右\n"
       "情况：这一个礼拜打发票字越来越淡，快看不清了，应该是色带用完了\n"
       "想要：还在保修期，能不能免费给换个色带"],
      {"done": "没了", "confirm": "对", "product": "ZD-630K针式打印机", "serial": "ZD630K260738", "started": "一个礼拜了",
       "circumstances": "没有", "wants": "换个色带", "phone": "137 3581 6640",
       "offer": ["那行吧 收费就收费 寄一个过来"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K260738: ZD-630K sold 108 days ago (CITY, Yuhang), 257 days left; the ribbon is a consumable (rule 2, any "
      "date) -> NotCovered, PartReplacement at the part price.",
      {"serial": "ZD630K260738", "start": 7, "fault": "PRINT_QUALITY", "wish": "part", "consumable": True,
       "bought": 105, "theme": ["form", "consumable"]}),

    S("shangci-shuo-mei-maobing-xianzai-geng-xiang-t9",
      ["T9油烟机 YT926046930 合肥 四个多月前买的。两个多月前就报修过噪音 你们师傅上门看了说没毛病 演示了一下就走了。结果现在"
       "嗡嗡声越来越大 开一档都吵 大概从一个礼拜前开始的 这次麻烦认真修好"],
      {"done": "没有", "confirm": "对", "product": "T9油烟机", "serial": "YT926046930", "started": "一个礼拜前",
       "circumstances": "没有", "wants": "修好", "phone": "155 5160 3378", "offer": ["行 来修吧"],
       "person": "不用", "other": "嗯"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "YT926046930: CXW-T9 sold 134 days ago (REMOTE, Hefei), 231 days left; one NOISE visit 67 days ago ended "
      "NO_FAULT_FOUND (does not count) -> not a repeat: Covered, FreeRepair.",
      {"serial": "YT926046930", "start": 7, "fault": "NOISE", "wish": "repair", "bought": 125,
       "theme": ["paragraph", "notrepeat", "in_warranty"]}, hard=True),

    S("fuheji-kai-bu-liao-ji-tingguo-dian-bu-zhidao-dianya-dc4525",
      ["彩色复合机 DC-4525 编号DC45252606641 三个多月前买的 温州办公室用 前天早上来上班就开不了机了 按电源键一点反应都没有 "
       "电源线也重新插过了 一样。听物业说前天夜里楼里停过一次电 电压有没有问题我真不知道 就想让你们保修给修好"],
      {"done": "没了", "confirm": "对", "product": "DC-4525复合机", "serial": "DC45252606641", "started": "前天早上",
       "circumstances": "不知道 物业说停过电 电压稳不稳我说不上来", "wants": "保修修好", "phone": "135 7781 6624",
       "offer": ["好"], "person": "好的", "other": "嗯"},
      E("zh", "NeedsReview", None, True, "Normal"),
      "DC45252606641: DC-4525 sold 110 days ago (REMOTE, Wenzhou), 255 days left; NO_POWER after a power cut, the "
      "customer cannot say whether the voltage was unstable (VOLTAGE unknown and decisive for NO_POWER) -> rule 6 "
      "NeedsReview, escalated.",
      {"serial": "DC45252606641", "start": 2, "fault": "NO_POWER", "wish": "repair", "bought": 100,
       "circ": ("VOLTAGE", "unknown"), "theme": ["paragraph", "review"]}, hard=True),

    S("jintian-gang-mai-penmo-ji-jin-zhi-jiu-ka-tuihuo-ij680",
      ["今天上午刚在店里买的IJ-680喷墨打印机 序列号IJ6802610052",
       "回来拆箱装好 放纸一打印就卡 纸进去一半就卡死 试了七八次都这样 刚买就这样我不要了 退货退款吧"],
      {"done": "没了", "confirm": "是", "product": "IJ-680打印机", "serial": "IJ6802610052", "started": "今天 装好就这样",
       "circumstances": "没有", "wants": "退货退款", "phone": "177 5719 3346", "offer": ["好 退"], "person": "不用",
       "other": "好"},
      E("zh", "Covered", "Refund", False, "Normal"),
      "IJ6802610052: IJ-680 sold today (CITY, Hangzhou), inside the 7-day return window; PAPER_JAM from the first print "
      "today, refund asked -> Covered, Refund.",
      {"serial": "IJ6802610052", "start": 0, "fault": "PAPER_JAM", "wish": "refund", "bought": 0,
       "theme": ["two_msgs", "window"]}),

    S("wangluoban-shouquan-wuxiao-you-lai-le-xiaoxie-n8",
      ["8.0网络版 授权号 fn8 2606 lndv 萧山 三个月前买的\n"
       "一个半月前加密锁认不出来 你们远程重装驱动弄好了\n"
       "今早开机又弹“授权无效” 全公司五个人都登不上 急急急 赶紧弄好"],
      {"done": "没了", "confirm": "对", "product": "财务软件8.0网络版", "serial": "FN8-2606-LNDV", "started": "今天早上",
       "circumstances": "没有", "wants": "赶紧弄好", "phone": "189 5713 6620", "offer": ["行 远程吧"],
       "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2606-LNDV (typed lower case with spaces): CW-N8 sold 89 days ago (CITY, Xiaoshan), 276 days left; "
      "LICENCE_ERROR repaired once 45 days ago, now again: one repair, not a repeat -> Covered, RemoteSupport first.",
      {"serial": "FN8-2606-LNDV", "start": 0, "fault": "LICENCE_ERROR", "wish": "repair", "bought": 91,
       "theme": ["burst", "notrepeat", "software", "in_warranty"]}, hard=True),

    S("danjiban-beifen-shibai-guo-fuwuqi-fufei-yuancheng-s8",
      ["财务软件单机版8.0，授权FS8-2507-QEKT，一年零一个半月前买的，余杭。三天前开始备份一直失败，提示写入错误，换了U盘也不行。"
       "知道过了服务期了 付费远程可以 就是别拖 拜托了真的会谢"],
      {"done": "没了", "confirm": "嗯", "product": "8.0单机版", "serial": "FS8-2507-QEKT", "started": "三天前",
       "circumstances": "没有", "wants": "付费远程", "phone": "138 6712 5593", "offer": ["可以 来吧"],
       "person": "不用", "other": "好"},
      E("zh", "NotCovered", "RemoteSupport", False, "Normal"),
      "FS8-2507-QEKT: CW-S8 sold 411 days ago (CITY, Yuhang), expired 46 days ago; DATA_BACKUP since 3 days, after the "
      "expiry -> rule 4 NotCovered, RemoteSupport at the fee.",
      {"serial": "FS8-2507-QEKT", "start": 3, "fault": "DATA_BACKUP", "wish": "repair", "bought": 410,
       "theme": ["paragraph", "expired", "software"]}, hard=True),

    S("biaodan-9-wangluoban-chuangjian-shujuku-baocuo-n9",
      ["您好，报个问题：\n"
       "软件：财务软件9.0网络版\n"
       "授权号：FN9-2609-YWBH\n"
       "购买：前天（富阳）\n"
       "问题：服务器端安装到“创建数据库”这一步就报错退出，装了三遍都一样，昨天开始装的\n"
       "需要：尽快远程协助安装"],
      {"done": "没有了", "confirm": "对", "product": "9.0网络版", "serial": "FN9-2609-YWBH", "started": "昨天",
       "circumstances": "没有", "wants": "远程协助安装", "phone": "0571 6328 4479", "offer": ["好的 远程"],
       "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2609-YWBH: CW-N9 sold 2 days ago (COUNTY, Fuyang), 363 days left; INSTALL_FAILURE since yesterday; software "
      "has no return window -> Covered, RemoteSupport first.",
      {"serial": "FN9-2609-YWBH", "start": 1, "fault": "INSTALL_FAILURE", "wish": "repair", "bought": 2,
       "theme": ["form", "software", "in_warranty"]}),

    S("yanji-xili-xiao-guobao-shangmen-duoshao-qian-t9",
      ["抽油烟机T9 序列号YT925093079 一年两个多月前在桐庐买的。差不多十天前开始吸力越来越小 炒个菜满屋子油烟 油网按说明书洗过了"
       "也没用。我知道过保了 上门修要多少钱说一声就行 希望快点来"],
      {"done": "没了", "confirm": "对", "product": "T9油烟机", "serial": "YT925093079", "started": "十天前左右",
       "circumstances": "没有", "wants": "上门修 收费可以", "phone": "136 5817 4429", "offer": ["行 来吧"],
       "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925093079: CXW-T9 sold 432 days ago (COUNTY, Tonglu), expired 67 days ago; WEAK_SUCTION since ~10 days (the "
      "filter washed as the manual says is harmless) -> rule 4 NotCovered, PaidRepair.",
      {"serial": "YT925093079", "start": 10, "fault": "WEAK_SUCTION", "wish": "repair", "bought": 435,
       "theme": ["paragraph", "expired"]}),

    S("yihang-biaodan-zaotou-songshou-jiu-mie-q5",
      ["型号:Q5燃气灶  序列号:JQ526078529  购买时间:差不多三个月前  故障现象:右边灶头一松手火就灭,按着旋钮才能一直烧  "
       "开始时间:四五天前  是否摔过/进水/私自拆修:无  诉求:上门维修"],
      {"done": "没了", "confirm": "对", "product": "Q5燃气灶", "serial": "JQ526078529", "started": "五天前左右",
       "circumstances": "无", "wants": "上门维修", "phone": "150 6871 3324", "offer": ["好"], "person": "不用",
       "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "JQ526078529: JZT-Q5 sold 88 days ago (CITY, Xihu), 277 days left; FLAME_GOES_OUT since ~5 days; "
      "'是否摔过/进水/私自拆修:无' is a denial -> Covered, FreeRepair.",
      {"serial": "JQ526078529", "start": 5, "fault": "FLAME_GOES_OUT", "wish": "repair", "bought": 90,
       "neg_label": True, "theme": ["form", "in_warranty"]}, hard=True),

    S("taifeng-jinshui-zhenda-pao-le-kai-bu-liao-zd630k",
      ["针式打印机ZD-630K 编号ZD630K260195 淳安 七个多月前买的。上个月台风 我们店一楼进水 打印机在柜台底下泡了小半天 "
       "晾干以后开机指示灯闪一下就灭 打不了票。知道是天灾 不一定能保 能修的话多少钱告诉我"],
      {"done": "没了", "confirm": "对", "product": "ZD-630K针打", "serial": "ZD630K260195", "started": "泡水以后就这样 三个多礼拜了",
       "circumstances": "台风进水泡过", "wants": "能修就修 收费可以", "phone": "139 6851 7743", "offer": ["行 修吧"],
       "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "ZD630K260195: ZD-630K sold 218 days ago (COUNTY, Chun'an), 147 days left; WATER_DAMAGE from a typhoon flood "
      "(FORCE_MAJEURE confirmed, effect NotCovered) -> rule 7 NotCovered, PaidRepair.",
      {"serial": "ZD630K260195", "start": 24, "fault": "WATER_DAMAGE", "wish": "repair", "bought": 215,
       "circ": ("FORCE_MAJEURE", "confirmed"), "theme": ["paragraph", "excluded"]}),

    S("zhongying-hunda-biaodan-reshuiqi-xian-e4-h16",
      ["Model: H16 燃气热水器\n"
       "S/N: RH16 2608 6062\n"
       "购买: 差不多两个月前 杭州\n"
       "Issue: 一开热水屏幕就显示 E4 然后自己熄火, 从大前天开始\n"
       "要求: 上门修"],
      {"done": "没了", "confirm": "ok 对", "product": "H16热水器", "serial": "RH1626086062", "started": "大前天",
       "circumstances": "没有", "wants": "上门修", "phone": "186 5713 9947", "offer": ["好"], "person": "不用",
       "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "RH1626086062 (typed with spaces): JSQ-H16 sold 57 days ago (CITY, Hangzhou), labour 308 / parts 674 days left; "
      "ERROR_CODE E4 since 3 days -> Covered, FreeRepair.",
      {"serial": "RH1626086062", "start": 3, "fault": "ERROR_CODE", "wish": "repair", "bought": 60,
       "theme": ["form", "in_warranty"]}, hard=True),
]

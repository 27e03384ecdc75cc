# Round-7 Chinese scenarios (30). Same structure as scenarios_en.py (meta is read only by check.py).


def E(coverage, offer, escalated, priority, case):
    return {"language": "zh", "coverage": coverage, "firstOffer": offer, "escalated": escalated,
            "priority": priority, "caseNumber": case}


ZH = [
    dict(name="q5-igniter-third-time",
         story=["又打不着火了！！！", "你们师傅八月份来修过一次 十月中又修了一次 都说好了好了 这礼拜又不行了 左边那个灶眼一直啪啪响就是不着"],
         answers={"done": "没了", "confirm": "对的", "product": "燃气灶Q5", "serial": "JQ526062448", "started": "这周一",
                  "circumstances": "没有 就你们师傅动过", "wants": "别修了 直接给我换个新的", "phone": "13732105589",
                  "offer": ["行 换吧"], "person": "不用", "other": "嗯"},
         expect=E("Covered", "Replacement", False, "Urgent", True),
         notes="JQ526062448 = JZT-Q5 售出 152 天(萧山,市区),保修期内;repairs.json 中 NO_IGNITION 两次保修内 REPAIRED。"
               "同一故障两次修理后再次出现 = 重复故障:先给换货(客户要换新),优先级 Urgent。师傅是我们自己的,不算擅自维修。",
         meta=dict(serial="JQ526062448", fault="NO_IGNITION", wish="new", start=3, flow="accept")),

    dict(name="h16-e1-day1-return",
         story=["热水器昨天买的今天上午师傅刚装好", "一开热水就报E1 然后就熄火 冷水哗哗的"],
         answers={"done": "没有了", "confirm": "是的", "product": "H16燃气热水器", "serial": "RH1626109723",
                  "started": "今天装好就这样", "circumstances": "没有 新的", "wants": "退货 不要了", "phone": "0571-6378 2290",
                  "offer": ["好的 退吧"], "person": "不用", "other": "E1"},
         expect=E("Covered", "Refund", False, "Normal", True),
         notes="RH1626109723 = JSQ-H16 售出 1 天(临安,郊县)。7 日内性能故障(ERROR_CODE,代码 E1 已给出):可退货、换货或修理;"
               "客户要退货 → 先给 Refund。安装日期不是售出日期,售出日期以记录为准。",
         meta=dict(serial="RH1626109723", fault="ERROR_CODE", wish="refund", start=0, flow="accept")),

    dict(name="q7-gas-smell-kitchen",
         story=["厨房里好大一股煤气味", "灶是你们家的Q7 刚才做饭的时候闻到的 现在还有"],
         answers={"done": "没有", "confirm": "对", "product": "Q7燃气灶", "serial": "JQ726097800", "started": "刚才",
                  "circumstances": "没有", "wants": "赶紧派人来", "phone": "18668120357", "offer": ["好"], "person": "要",
                  "other": "阀门关了 窗户也开了"},
         expect=E(None, None, True, "Safety", True),
         notes="煤气味(GAS_SMELL)是安全隐患:不做保修判定,给出安全提示,升级人工,优先级 Safety。JQ726097800(Q7,余杭)在保修内与此无关。",
         meta=dict(serial="JQ726097800", safety=True)),

    dict(name="t9-noise-voice-typed-refund",
         story=["有烟机又想了 声音大的跟拖拉机一样", "修了两次了 两次都是噪音 第一次八月底 第二次十月 修完好几天又想"],
         answers={"done": "没了", "confirm": "对的", "product": "油烟机T9", "serial": "YT926063911", "started": "前天晚上",
                  "circumstances": "没有 只有你们的师傅拆过", "wants": "我要退货 退钱", "phone": "138 6812 7734",
                  "offer": ["可以 退吧"], "person": "不用", "other": "嗯"},
         expect=E("Covered", "Refund", False, "Urgent", True),
         notes="YT926063911 = CXW-T9 售出 129 天(富阳,郊县),NOISE 两次保修内 REPAIRED。同一故障第三次:重复故障 → 换货或退货,"
               "客户要退钱 → Refund 优先,Urgent。语音输入错字(“有烟机又想了”= 油烟机又响了)。",
         meta=dict(serial="YT926063911", fault="NOISE", wish="refund", start=2, flow="accept")),

    dict(name="dc3020-drum-question",
         story=["复印机印出来老有一条一条的灰印子", "你们工程师上次来保养的时候说感光鼓快不行了要换 我想问下感光鼓保修吗"],
         answers={"done": "没有", "confirm": "是", "product": "DC-3020复印机", "serial": "DC30202608455",
                  "started": "上个礼拜天开始明显", "circumstances": "没有", "wants": "换个感光鼓",
                  "phone": "0571-6321 8876", "offer": ["好 换吧 多少钱都行"], "person": "不用", "other": "好"},
         expect=E("NotCovered", "PartReplacement", False, "Normal", True),
         notes="DC30202608455 = DC-3020 售出 48 天(富阳),合同期内。客户要换的是感光鼓,属 DC-3020 的消耗品:规则 2 → NotCovered"
               "(CONSUMABLE),按价格换件 PartReplacement(感光鼓 450 元)。同意 → 立案 Normal。",
         meta=dict(serial="DC30202608455", consumable=True, start=5, flow="accept")),

    dict(name="zd630k-ribbon-snapped",
         story=["针打的色带断了", "老是卷到里面去 发票打一半就停"],
         answers={"done": "没了", "confirm": "嗯", "product": "针式打印机 ZD-630K", "serial": "ZD630K251219",
                  "started": "昨天", "circumstances": "没有", "wants": "寄个新色带过来", "phone": "0571-6452 3307",
                  "offer": ["好"], "person": "不用", "other": "嗯"},
         expect=E("NotCovered", "PartReplacement", False, "Normal", True),
         notes="ZD630K251219 = ZD-630K 售出 304 天(桐庐),合同期内。色带是 ZD-630K 的消耗品:规则 2 → NotCovered,"
               "PartReplacement(色带 25 元)。",
         meta=dict(serial="ZD630K251219", consumable=True, start=1, flow="accept")),

    dict(name="fs8-slow-expired-remote-fee",
         story=["财务软件打开账套要好几分钟 报表也跑不出来", "上个礼拜天开始的 我们用的8.0单机版"],
         answers={"done": "没有", "confirm": "对", "product": "财务软件8.0单机版", "serial": "FS8-2507-QEKT",
                  "started": "上个礼拜天", "circumstances": "没有 没停电 也没找别人弄过",
                  "wants": "帮我弄快点", "phone": "13858047712", "offer": ["行 远程吧 收费就收费"], "person": "不用", "other": "好"},
         say=[{"when": "wants", "text": "过了一年还能远程吗 要收多少钱"}],
         expect=E("NotCovered", "RemoteSupport", False, "Normal", True),
         notes="FS8-2507-QEKT = CW-S8 售出 411 天(余杭),服务期满已 46 天;问题从上周日开始,在期满之后:规则 4 → NotCovered,"
               "软件线先给收费远程支持(400 元),续服务需交年维护费(软件款 3800 的 15%)。",
         meta=dict(serial="FS8-2507-QEKT", fault="SLOW", wish="repair", start=7, flow="accept")),

    dict(name="n9-clients-cant-connect-day2",
         story=["我们前天刚买的9.0网络版", "服务器装好了 可是其他电脑的客户端都连不上服务器 一直转圈"],
         answers={"done": "没了", "confirm": "是的", "product": "财务软件9.0网络版", "serial": "FN9-2609-YWBH",
                  "started": "装好就连不上", "circumstances": "没有", "wants": "赶紧帮我弄好 明天要用",
                  "phone": "0571-6329 4418", "offer": ["好的 远程吧"], "person": "不用", "other": "好"},
         expect=E("Covered", "RemoteSupport", False, "Normal", True),
         notes="FN9-2609-YWBH = CW-N9 售出 2 天(富阳)。软件不适用 7 日退货(returnDays 0),客户也只要修好:服务期内 → Covered,"
               "先远程支持(8 小时内,免费)。着急的客户,优先级仍 Normal。",
         meta=dict(serial="FN9-2609-YWBH", fault="CONNECTION", wish="repair", start=1, flow="accept")),

    dict(name="n8-dongle-again-once",
         story=["加密锁又认不到了", "上个月你们工程师远程弄好过一次 这次又提示授权错误 网络版"],
         answers={"done": "没有了", "confirm": "对的", "product": "8.0网络版", "serial": "FN8-2606-LNDV",
                  "started": "今天早上", "circumstances": "没有 没拆过加密锁 也没找外面的人", "wants": "修好",
                  "phone": "13605812290", "offer": ["可以"], "person": "不用", "other": "好"},
         expect=E("Covered", "RemoteSupport", False, "Normal", True),
         notes="FN8-2606-LNDV = CW-N8 售出 89 天(萧山),LICENCE_ERROR 保修内修过一次(我们的工程师)。只修过一次,不算重复故障:"
               "Covered,先远程支持,Normal。",
         meta=dict(serial="FN8-2606-LNDV", fault="LICENCE_ERROR", wish="repair", start=0, flow="accept")),

    dict(name="e60-leak-twice-extension-refund",
         story=["电热水器又漏水了", "去年八月买的 当时加了半年延保 今年已经换了两次配件了 四月一次十月一次", "我不想再修了"],
         answers={"done": "没了", "confirm": "对", "product": "电热水器E60", "serial": "DE60B250547", "started": "昨天晚上",
                  "circumstances": "没有", "wants": "退钱", "phone": "13588312047", "offer": ["好 退"], "person": "不用", "other": "嗯"},
         expect=E("Covered", "Refund", False, "Urgent", True),
         notes="DE60B250547 = DSZ-E60 售出 470 天(滨江),extendedMonths 6:保修至参考日后 79 天(BY_EXTENSION)。LEAK 两次保修内"
               "PART_REPLACED,再次漏水 = 重复故障:客户要退 → Refund,Urgent。提到的八月/四月/十月都不是问题开始日期。",
         meta=dict(serial="DE60B250547", fault="LEAK", wish="refund", start=1, flow="accept")),

    dict(name="lp2200-kid-spilled-water",
         story=["孩子把一杯水洒进打印机里了", "现在开不了机 一点反应都没有"],
         answers={"done": "没有", "confirm": "是的", "product": "激光打印机LP-2200", "serial": "LP22QE260793",
                  "started": "前天晚上", "circumstances": "就是孩子洒了水 是我们自己不小心 这个我认", "wants": "修好 该收多少收多少",
                  "phone": "0571-6471 3329", "offer": ["好的"], "person": "不用", "other": "好"},
         expect=E("CoveredWithFee", "PaidRepair", False, "Normal", True),
         notes="LP22QE260793 = LP-2200 售出 89 天(建德),合同期内。进水是用户原因,客户明确承认且不争议:USER_DAMAGE(CostFee)"
               "→ 规则 8 CoveredWithFee,PaidRepair(工本费 80 + 配件)。之前一次 NO_FAULT_FOUND 不影响。",
         meta=dict(serial="LP22QE260793", fault="WATER_DAMAGE", circ=("USER_DAMAGE", "confirmed"), wish="repair", start=2, flow="accept")),

    dict(name="h16-no-hot-water-voltage-fine",
         story=["热水器不出热水了 只有温吞水", "电压也正常 没摔过 也没人拆过 就是突然不热了"],
         answers={"done": "没了", "confirm": "对的", "product": "燃气热水器", "serial": "RH1626078391", "started": "这周一",
                  "circumstances": "都没有", "wants": "上门修一下", "phone": "15158043376", "offer": ["好的"], "person": "不用",
                  "other": "好"},
         say=[{"when": "phone", "text": "对了 上门要收钱吗"}],
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="RH1626078391 = JSQ-H16 售出 80 天(西湖,市区),配件和人工都在保修内。NO_HOT_WATER,所有情形都否认:Covered,"
               "FreeRepair(人工、上门费免,市区 24 小时)。中途问上门费。",
         meta=dict(serial="RH1626078391", fault="NO_HOT_WATER", wish="repair", start=3, flow="accept")),

    dict(name="q5-serial-not-found",
         story=["灶打不着火", "机身号是JQ526112233 你们查一下"],
         answers={"done": "没有", "confirm": "对", "product": "燃气灶Q5", "serial": "JQ526112233", "started": "昨天",
                  "circumstances": "没有", "wants": "修", "phone": "13819047762", "offer": ["好"], "person": "好的",
                  "other": "我对着铭牌抄的 没错"},
         expect=E(None, None, True, "Normal", True),
         notes="JQ526112233 符合 Q5 格式但不在 purchases.json:UNKNOWN_SERIAL,查不到购买记录 → 不判定保修,转人工,Normal,有案件号。",
         meta=dict(norecord=True)),

    dict(name="t9-label-greasy-no-invoice",
         story=["油烟机吸不动烟了", "那个机身号的标签被油糊住了 根本看不清 发票也找不到了 是我爸买的"],
         answers={"done": "没了", "confirm": "对", "product": "油烟机", "serial": "没有 看不清 订单号也没有",
                  "started": "差不多一个礼拜了", "circumstances": "没有", "wants": "修", "phone": "13706519923",
                  "offer": ["好"], "person": "好", "other": "真的找不到"},
         expect=E(None, None, True, "Normal", True),
         notes="客户既没有机身号也没有订单号:查不到购买记录 → 不做保修判定,转人工(Normal),给案件号。",
         meta=dict(norecord=True)),

    dict(name="dc4525-order-number-latch-broken",
         story=["我们公司的彩色复合机纸盒卡扣断了 纸盒推不进去", "新来的同事硬塞纸盒弄断的 我们自己的问题", "机身号不知道在哪 订单号是BG-295694"],
         answers={"done": "没有了", "confirm": "是的", "product": "DC-4525 彩色复合机", "serial": "BG-295694",
                  "started": "这周一", "circumstances": "是同事硬塞弄断的 我们认 不是质量问题", "wants": "派人来修 费用我们出",
                  "phone": "0577-8820 4163", "offer": ["可以"], "person": "不用", "other": "好"},
         expect=E("CoveredWithFee", "PaidRepair", False, "Normal", True),
         notes="订单号 BG-295694 → DC45252606641,DC-4525 售出 110 天(温州,外地),合同期内。用户使用不当弄断(USER_DAMAGE),"
               "明确承认、不争议 → 规则 8 CoveredWithFee,PaidRepair(工本费 80 + 配件)。",
         meta=dict(serial="DC45252606641", fault="BROKEN", circ=("USER_DAMAGE", "confirmed"), wish="repair", start=3, flow="accept")),

    dict(name="fs8-error-started-before-expiry",
         story=["我们的财务软件记账的时候老是报错退出", "其实差不多两个半月前就开始了 一直忙没空打电话 现在越来越频繁"],
         answers={"done": "没了", "confirm": "对的", "product": "财务软件8.0单机版", "serial": "FS8-2507-DYMT",
                  "started": "两个半月前左右", "circumstances": "没有", "wants": "免费修好 那时候还在服务期里",
                  "phone": "13957102264", "offer": ["好"], "person": "可以", "other": "好"},
         expect=E("NeedsReview", None, True, "Normal", True),
         notes="FS8-2507-DYMT = CW-S8 售出 419 天(杭州),服务期满 54 天。客户说问题约 75 天前开始,在期满之前:规则 3 → NeedsReview"
               "(EXPIRED + FACTS_UNDECIDED),不给方案,转人工 Normal。",
         meta=dict(serial="FS8-2507-DYMT", fault="ERROR_CODE", wish="repair", start=75, flow="none")),

    dict(name="q5-panel-cracked-unknown",
         story=["灶台的玻璃面板裂了一道缝", "早上起来就看到了 不知道怎么弄的"],
         answers={"done": "没了", "confirm": "是", "product": "嵌入式燃气灶Q5", "serial": "JQ526078529", "started": "今天早上",
                  "circumstances": "不知道啊 我昨晚又不在家 谁知道怎么回事", "wants": "换块面板", "phone": "13666174420",
                  "offer": ["好"], "person": "可以", "other": "不清楚"},
         expect=E("NeedsReview", None, True, "Normal", True),
         notes="JQ526078529 = JZT-Q5 售出 88 天(西湖),保修期内。面板裂(CRACKED)使 USER_DAMAGE/DISASSEMBLY/FORCE_MAJEURE 成为决定性"
               "情形,客户说不知道原因:规则 6 → NeedsReview,要照片,转人工 Normal。",
         meta=dict(serial="JQ526078529", fault="CRACKED", circ=("USER_DAMAGE", "unknown"), wish="repair", start=0, flow="none")),

    dict(name="dc4525-extension-homophones",
         story=["复合机开不了级了", "插头插着的 电压也正常 没人拆过 就是按电源键没反应", "我们当时买了一年延保的"],
         answers={"done": "没有", "confirm": "对", "product": "彩色复合机4525", "serial": "DC45252503208",
                  "started": "上礼拜五", "circumstances": "没有 电压正常 没进水 没摔", "wants": "派工程师来修",
                  "phone": "0571-8709 1162", "offer": ["好的谢谢"], "person": "不用", "other": "好"},
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="DC45252503208 = DC-4525 售出 628 天(拱墅),extendedMonths 12,保修至参考日后 102 天(BY_EXTENSION)。NO_POWER,"
               "电压等情形明确否认 → 推定质量故障,Covered,FreeRepair。语音输入同音字(“开不了级”)。",
         meta=dict(serial="DC45252503208", fault="NO_POWER", circ=("VOLTAGE", "denied"), wish="repair", start=6, flow="accept")),

    dict(name="h16-angry-wants-manager",
         story=["你们什么破热水器", "买了两个多月 这礼拜天开始就不出热水 打电话没人接 我要投诉"],
         answers={"done": "没了", "confirm": "对", "product": "燃气热水器H16", "serial": "RH1626071138", "started": "这个礼拜天",
                  "circumstances": "没有", "wants": "修好 还要个说法", "phone": "13575120836",
                  "offer": ["修修修 就知道修 我要找你们领导"], "person": "要 马上", "other": "找领导"},
         expect=E("Covered", "FreeRepair", True, "Normal", True),
         notes="RH1626071138 = JSQ-H16 售出 75 天(桐庐),保修内,NO_HOT_WATER,无特殊情形 → Covered,FreeRepair。客户拒绝并要求"
               "找领导 → 转人工,escalated,Normal(情绪写在案件上,不影响优先级)。",
         meta=dict(serial="RH1626071138", fault="NO_HOT_WATER", wish="repair", start=4, flow="person")),

    dict(name="n8-double-eleven-expired",
         story=["我们的财务软件网络版是去年双十一买的", "前天开始客户端登录就报授权错误 一个人都进不去"],
         answers={"done": "没了", "confirm": "对的", "product": "财务软件网络版", "serial": "FN8-2508-ANMX", "started": "前天",
                  "circumstances": "没有", "wants": "尽快恢复", "phone": "0571-8816 3390", "offer": ["行 交费吧"],
                  "person": "不用", "other": "好"},
         say=[{"when": "offer", "text": "一年到期了就要收维护费？你们的政策是啥"}],
         expect=E("NotCovered", "RemoteSupport", False, "Normal", True),
         notes="FN8-2508-ANMX = CW-N8 售出 376 天(杭州,约去年双十一),服务期已满 11 天。问题前天才开始,在期满之后:规则 4 → "
               "NotCovered,先给收费远程支持;继续服务需年维护费(19800 的 15%)。",
         meta=dict(serial="FN8-2508-ANMX", fault="LICENCE_ERROR", wish="repair", start=2, flow="accept")),

    dict(name="e60-not-heating-day2-new",
         story=["电热水器前天送到装好的", "装好第二天就不加热了 指示灯亮着 水一直是冷的"],
         answers={"done": "没了", "confirm": "对", "product": "电热水器60升", "serial": "DE60R260884", "started": "昨天",
                  "circumstances": "没有", "wants": "给我换台新的", "phone": "025-8462 7719", "offer": ["好 换"],
                  "person": "不用", "other": "好"},
         expect=E("Covered", "Replacement", False, "Normal", True),
         notes="DE60R260884 = DSZ-E60 售出 2 天(南京,外地)。7 日内性能故障 NO_HOT_WATER:可退、换、修;客户要换新 → Replacement。",
         meta=dict(serial="DE60R260884", fault="NO_HOT_WATER", wish="new", start=1, flow="accept")),

    dict(name="zd630k-old-cancel-come-back",
         story=["发票打印机打印头好像坏了 缺针 字都是断的", "这台用了好几年了"],
         answers={"done": "没了", "confirm": "嗯", "product": "针打 630K", "serial": "ZD630K240119", "started": "上个月底",
                  "circumstances": "没有", "wants": "修一下吧", "phone": "13867105523", "offer": ["好吧 修"], "person": "不用",
                  "other": "哎 算了 还是弄一下吧 刚才说不弄是气话"},
         say=[{"when": "turn:2", "text": "算了算了 不想弄了 太麻烦"}],
         expect=E("NotCovered", "PaidRepair", False, "Normal", True),
         notes="ZD630K240119 = ZD-630K 售出 1014 天(余杭),早已过保(过期 648 天);问题上月底开始 → 规则 4 NotCovered,"
               "PaidRepair(人工 150 + 打印头 480,市区上门 0)。客户中途说算了又回来继续,最后同意。",
         meta=dict(serial="ZD630K240119", fault="PRINT_QUALITY", wish="repair", start=25, flow="accept")),

    dict(name="t9-old-suction-haggles",
         story=["油烟机吸力越来越小 炒个菜满屋子烟", "三年前买的 早过保了吧 你们看着办"],
         answers={"done": "没有", "confirm": "对", "product": "油烟机T9", "serial": "YT923129591", "started": "半个多月了",
                  "circumstances": "没有", "wants": "修", "phone": "13958126634", "offer": ["这么贵 能便宜点吗", "行吧"],
                  "person": "不用", "other": "好"},
         expect=E("NotCovered", "PaidRepair", False, "Normal", True),
         notes="YT923129591 = CXW-T9 售出 1059 天(西湖),早已过保 → NotCovered,PaidRepair 先给(人工 80 + 配件 + 市区上门 30)。"
               "客户嫌贵,第二个方案接受,只拒绝一次 → 不升级,立案 Normal。",
         meta=dict(serial="YT923129591", fault="WEAK_SUCTION", wish="repair", start=16, flow="accept2")),

    dict(name="dc3020-streaks-repaired-twice",
         story=["复印机印出来又有黑道了", "八月修过一次十月又修过一次 都是这个毛病 工程师说了不是墨粉的问题", "我们要换一台"],
         answers={"done": "没了", "confirm": "是的", "product": "DC-3020", "serial": "DC30202605809", "started": "这周一",
                  "circumstances": "没有 墨粉感光鼓都是你们工程师换的原装的", "wants": "换一台新的", "phone": "0571-8732 1064",
                  "offer": ["可以 换吧"], "person": "不用", "other": "好"},
         expect=E("Covered", "Replacement", False, "Urgent", True),
         notes="DC30202605809 = DC-3020 售出 174 天(西湖),PRINT_QUALITY 两次保修内 REPAIRED。同一故障第三次:重复故障 → "
               "客户要换 → Replacement,Urgent。工程师已排除耗材原因,故不按消耗品处理。",
         meta=dict(serial="DC30202605809", fault="PRINT_QUALITY", wish="new", start=3, flow="accept")),

    dict(name="t9-smoke-sparks",
         story=["油烟机冒烟了！！有烧焦的味道", "按开关的时候里面还闪了一下火花 我把总闸拉了"],
         answers={"done": "没有", "confirm": "对", "product": "油烟机", "serial": "YT926046930", "started": "刚刚",
                  "circumstances": "没有", "wants": "快派人来看", "phone": "0551-6281 4470", "offer": ["好"], "person": "要",
                  "other": "总闸已经拉了"},
         expect=E(None, None, True, "Safety", True),
         notes="冒烟、焦味、火花:安全隐患 → 不做保修判定,升级人工 Safety。YT926046930(T9,合肥)保修情况无关。",
         meta=dict(serial="YT926046930", safety=True)),

    dict(name="h16-outside-repairman",
         story=["热水器点不着火", "上个礼拜找了小区门口修热水器的师傅来看过 他换了个点火针 还是不行", "我知道找外面的人修了你们可能要收费 没关系"],
         answers={"done": "没了", "confirm": "对", "product": "燃气热水器", "serial": "RH1626016024", "started": "上上个礼拜",
                  "circumstances": "就是找外面师傅修过 换了他的点火针 别的没有", "wants": "你们派人来修好 收费可以",
                  "phone": "13516728843", "offer": ["好的"], "person": "不用", "other": "好"},
         expect=E("CoveredWithFee", "PaidRepair", False, "Normal", True),
         notes="RH1626016024 = JSQ-H16 售出 245 天(上城),配件和人工都在保修内。非授权人员维修并换了非本公司的点火针"
               "(UNAUTHORISED_REPAIR、MODIFICATION,均为 CostFee),客户明确承认不争议 → 规则 8 CoveredWithFee,PaidRepair。",
         meta=dict(serial="RH1626016024", fault="NO_IGNITION", circ=("UNAUTHORISED_REPAIR", "confirmed"), wish="repair", start=13, flow="accept")),

    dict(name="lp2200-mixed-day9-exchange",
         story=["我的printer一直paper jam", "九天前刚买的 LP-2200 一打就卡纸 十张卡五张"],
         answers={"done": "no 没了", "confirm": "yes 对", "product": "LP-2200 printer", "serial": "LP22QF260859",
                  "started": "买回来第二天就开始", "circumstances": "没有", "wants": "换一台new的",
                  "phone": "13806521197", "offer": ["ok 换"], "person": "不用", "other": "ok"},
         expect=E("Covered", "Replacement", False, "Normal", True),
         notes="LP22QF260859 = LP-2200 售出 9 天(上城)。8-15 天:换货或修理;客户要换新 → Replacement。中英混杂。"
               "“上周五刚买的”只是客户的说法,售出日期以记录为准。",
         meta=dict(serial="LP22QF260859", fault="PAPER_JAM", wish="new", start=8, flow="accept")),

    dict(name="t9-day3-just-repair",
         story=["油烟机装好三天 右边那个档位按了没反应", "别的档都好的"],
         answers={"done": "没了", "confirm": "对的", "product": "T9油烟机", "serial": "YT926099963", "started": "装好就这样",
                  "circumstances": "没有", "wants": "不想退 也不用换 就上门修一下", "phone": "0574-8766 1302",
                  "offer": ["好的"], "person": "不用", "other": "好"},
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="YT926099963 = CXW-T9 售出 3 天(宁波,外地)。7 日内可退换修,客户明确只要修 → FreeRepair(外地上门 72 小时,免费)。",
         meta=dict(serial="YT926099963", fault="BROKEN", circ=("USER_DAMAGE", "denied"), wish="repair", start=3, tied=True, flow="accept")),

    dict(name="s9-install-fails-pinyin",
         story=["xin mai de caiwu ruanjian an zhuang bu shang", "装到一半就报错 说数据库初始化失败 我们是9.0单机版"],
         answers={"done": "mei le 没了", "confirm": "dui", "product": "财务软件9.0单机版", "serial": "FS9-2610-CDNH",
                  "started": "前天装的时候", "circumstances": "没有", "wants": "帮我装好", "phone": "13989470023",
                  "offer": ["好 远程"], "person": "不用", "other": "好"},
         say=[{"when": "wants", "text": "软件是不是7天无理由退货的？问问而已 还是先装好"}],
         expect=E("Covered", "RemoteSupport", False, "Normal", True),
         notes="FS9-2610-CDNH = CW-S9 售出 4 天(西湖)。INSTALL_FAILURE;软件激活后不适用 7 日退货(NO_RETURN),客户只是问问,"
               "仍要装好 → Covered,RemoteSupport(8 小时内)。拼音片段。",
         meta=dict(serial="FS9-2610-CDNH", fault="INSTALL_FAILURE", wish="repair", start=2, flow="accept")),

    dict(name="h16-error-again-different-faults",
         story=["热水器屏幕上又显示E4了 这周一开始的", "九月份修过一次不出热水 十一月初又修过一次报错 这次又是报错 到底行不行啊"],
         answers={"done": "没了", "confirm": "对", "product": "H16热水器", "serial": "RH1626074209", "started": "上周六 之前说成周一了",
                  "circumstances": "没有 只有你们师傅修过", "wants": "修好 别再坏了", "phone": "13758120049",
                  "offer": ["好吧"], "person": "不用", "other": "E4"},
         say=[{"when": "confirm", "text": "不对不对 不是这周一 是上周六就开始了 周一是我打电话没人接"}],
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="RH1626074209 = JSQ-H16 售出 101 天(富阳)。保修内修过 NO_HOT_WATER 一次、ERROR_CODE 一次:不同故障,ERROR_CODE "
               "只修过一次,不算重复故障 → Covered,FreeRepair,Normal(非 Urgent)。确认时客户更正开始日期(上周六),不影响结论。",
         meta=dict(serial="RH1626074209", fault="ERROR_CODE", wish="repair", start=8, flow="accept")),
]

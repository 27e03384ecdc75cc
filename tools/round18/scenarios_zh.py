"""Round 18, Simplified Chinese: 20 customers - 一口气把事情全说完, 然后再改口. 长消息里塞满型号、序列号、什么时候开始、
想要什么、电话; 购买/安装/上次维修的时间和开始时间挨在一起; 中英夹杂 (printer, reset, error code, license); 汉字数字
(两个礼拜前, 三天前, 十来天); 机器人已经用过的事实之后被更正: 序列号打错了, 开始时间说错了, 产品说错了, 报价后改主意
(算了还是换新的吧), 电话号码打错. 期望结果按全部更正之后的事实.
meta: as scenarios_en.py."""
from common import E, S

ZH = [
    S("yikouqi-shuowan-zao-da-bu-zhao-tui-q5",
      ["你好 我五天前买的Q5燃气灶 序列号JQ526107856 前天开始右边那个眼就打不着火了 一直哒哒哒响就是不着 才买几天就这样 "
       "这个还能退吗 我想退货 电话13857120394 微信同号"],
      {"done": "没了 就这些", "confirm": "对",
       "product": "Q5燃气灶", "serial": "JQ526107856", "started": "前天",
       "circumstances": "没有 都是师傅装的 我们没动过",
       "wants": "退货退款", "phone": "13857120394",
       "offer": ["好的 退吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Refund", False, "Normal"),
      "JQ526107856: Q5 售出 5 天 (7 天退货期内), 前天起打不着火, 要退货 -> Refund. 一条消息里购买时间、序列号、开始时间、"
      "诉求、电话和一个问题.",
      {"serial": "JQ526107856", "start": 2, "fault": "NO_IGNITION", "wish": "refund"}),

    S("xuliehao-da-cuo-le-reshuiqi-hu-leng-hu-re-h16",
      ["燃气热水器H16 序列号RH1626071183 两个多月前买的 装好一直挺好 三天前开始洗着洗着就变凉水 过一会又烫 忽冷忽热的 "
       "麻烦派人来修一下"],
      {"done": "暂时就这些", "confirm": "对的",
       "product": "H16燃气热水器", "serial": "RH1626071138", "started": "三天前",
       "circumstances": "没有 没摔没拆 也没找别人修过",
       "wants": "上门修", "phone": "139 0571 6628",
       "offer": ["可以 安排吧"], "person": "不用了", "other": "好的"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "RH1626071138: H16 售出 75 天, 配件和人工都在保; 三天前起忽冷忽热 (不出热水) -> FreeRepair. 故事里的 RH1626071183 "
      "(最后两位打反, 无记录) 在复述确认时更正.",
      {"serial": "RH1626071138", "start": 3, "fault": "NO_HOT_WATER", "wish": "repair", "typo": "RH1626071183",
       "hard": True},
      say=[("confirm", "不好意思 序列号打错了 最后两位打反了 应该是RH1626071138")]),

    S("zhongying-jiaza-reset-hou-license-bu-ren-s8",
      ["财务软件8.0单机版 license号FS8-2605-TMST 大概四个月前买的 十来天前电脑reset了一下 重装完软件就一直报error code "
       "说license无效 账都做不了 这个还在服务期吧 帮我弄好就行"],
      {"done": "没有了", "confirm": "是的",
       "product": "财务软件8.0单机版", "serial": "FS8-2605-TMST", "started": "十来天前 reset之后",
       "circumstances": "没有 软件没改过 就是系统reset了一下",
       "wants": "能正常用就行", "phone": "158 6702 3391",
       "offer": ["行 远程吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2605-TMST: 财务软件 8.0 单机版售出 119 天, 服务期内; 电脑 reset 后授权报错十来天 -> RemoteSupport. 中英夹杂 "
      "(license, reset, error code), 汉字数字 (十来天).",
      {"serial": "FS8-2605-TMST", "start": 10, "fault": "LICENCE_ERROR", "wish": "repair"}),

    S("suanle-haishi-huan-xin-de-ba-yanji-xiang-t9",
      ["油烟机T9 序列号YT926082860 买了还不到两个礼拜 三天前开始一开大档就嗡嗡响 声音特别大 派个师傅来修一下吧 "
       "电话18657103342"],
      {"done": "没了", "confirm": "对",
       "product": "T9油烟机", "serial": "YT926082860", "started": "三天前",
       "circumstances": "没有 装好就没动过",
       "wants": "修一下", "phone": "18657103342",
       "offer": ["换新的吧", "好 就换新的"], "person": "不用", "other": "嗯"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "YT926082860: T9 售出 13 天 (15 天换货期内), 三天前起噪音大. 先要修, 报价后改主意 '算了还是换新的吧' -> 按最终诉求 "
      "Replacement.",
      {"serial": "YT926082860", "start": 3, "fault": "NOISE", "wish": "new", "hard": True},
      say=[("offer", "算了 还是换新的吧 才买了十几天就响成这样 修好了我也不放心")]),

    S("bu-shi-shang-ge-yue-shi-shang-zhou-san-fuyinji-qiazhi-dc3020",
      ["我们单位的DC-3020复印机 序列号DC30202608455 一个多月前买的 上个月开始老卡纸 一天卡好几次 麻烦安排人来看看"],
      {"done": "就这些", "confirm": "对 改过之后是对的",
       "product": "DC-3020复印机", "serial": "DC30202608455", "started": "上周三",
       "circumstances": "没有 没摔过也没拆过",
       "wants": "派人来修", "phone": "0571-8655 2107",
       "offer": ["好的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608455: DC-3020 售出 48 天, 保修期内; 卡纸, 开始时间在复述后由 '上个月' 更正为上周三 (两种说法都在保) -> "
      "FreeRepair.",
      {"serial": "DC30202608455", "start": 6, "fault": "PAPER_JAM", "wish": "repair"},
      say=[("confirm", "哦说错了 不是上个月 是上周三开始卡的 上个月是刚装好调试的时候")]),

    S("bu-shi-jiguang-de-shi-penmo-de-jintian-gang-dao-tui-ij680",
      ["今天上午刚送到的激光打印机 拆箱插电 一开机就报错 灯一直闪 一张都打不出来 序列号IJ6802610052 我要退货"],
      {"done": "没了", "confirm": "对 是喷墨那台",
       "product": "IJ-680彩色喷墨打印机", "serial": "IJ6802610052", "started": "今天上午拆箱一开机就这样",
       "circumstances": "没有 刚拆箱 什么都没动",
       "wants": "退货", "phone": "135 8813 0276",
       "offer": ["好 退款"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Refund", False, "Normal"),
      "IJ6802610052: IJ-680 今天售出 (第 0 天, 退货期内), 拆箱开机即报错 (问题与到货绑定), 要退货 -> Refund. 客户先说成"
      "激光打印机, 复述后改为彩色喷墨 IJ-680.",
      {"serial": "IJ6802610052", "start": 0, "fault": "ERROR_CODE", "wish": "refund", "tied": True, "hard": True},
      say=[("confirm", "哦不对不对 是那台彩色喷墨的IJ-680 不是激光的 激光的是办公室另外一台 我搞混了")]),

    S("you-lou-shui-le-xiu-le-liang-ci-huan-xin-h16",
      ["热水器又漏水了!H16 RH1626062609 四个多月前买的 你们师傅来修了两回了 上个月刚换过零件 前天又开始往下滴水 "
       "我不想再修了 直接给我换台新的"],
      {"done": "没了", "confirm": "对",
       "product": "H16燃气热水器", "serial": "RH1626062609", "started": "前天",
       "circumstances": "没有 都是你们的师傅修的 别人没碰过",
       "wants": "换新的", "phone": "137 5716 4490",
       "offer": ["行 换吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Urgent"),
      "RH1626062609: H16 售出 127 天, LEAK 在保修期内换件两次, 又漏水 -> 重复故障, 先 Replacement, Urgent. 上次维修时间和"
      "开始时间在同一条消息里.",
      {"serial": "RH1626062609", "start": 2, "fault": "LEAK", "wish": "new", "hard": True}),

    S("hai-zai-baoxiu-ma-zao-da-bu-zhao-guo-bao-q5",
      ["Q5燃气灶 JQ525057961 一年半以前买的 两个礼拜前开始左边那个眼打不着火 右边还行 还在保修吗 不在的话收费修也行"],
      {"done": "就这样", "confirm": "是的",
       "product": "Q5燃气灶", "serial": "JQ525057961", "started": "两个礼拜前",
       "circumstances": "没有",
       "wants": "修好", "phone": "133 5710 8862",
       "offer": ["行 收费就收费吧"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525057961: Q5 售出 540 天, 保修已过 175 天; 两个礼拜前起打不着火 -> NotCovered, PaidRepair.",
      {"serial": "JQ525057961", "start": 14, "fault": "NO_IGNITION", "wish": "repair"}),

    S("seidai-da-dao-mei-yanse-le-zhenda-zd630k",
      ["针式打印机ZD-630K 序列号ZD630K251231 十个多月前买的 这几天打出来的发票字越来越淡 估计ribbon用完了 色带该换了 "
       "能寄一盒新的色带吗 多少钱"],
      {"done": "没了", "confirm": "对",
       "product": "ZD-630K针式打印机", "serial": "ZD630K251231", "started": "三四天前",
       "circumstances": "没有",
       "wants": "买一盒新色带", "phone": "189 5713 0048",
       "offer": ["好 寄过来吧"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K251231: ZD-630K 售出 325 天; 色带用完 (耗材, 任何日期都不保) -> NotCovered, PartReplacement 按配件价.",
      {"serial": "ZD630K251231", "start": 4, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair"}),

    S("xiaoqu-dianya-bu-wen-tiao-zha-bu-tongdian-e60",
      ["电热水器E60 DE60K251124 十个月前买的 说实话 前几天我们小区电压不稳 灯一闪一闪的 跳了好几次闸 物业也说是电压的问题 "
       "从那天起热水器就不通电了 显示屏都不亮 这种情况修要多少钱"],
      {"done": "就这些", "confirm": "对",
       "product": "E60电热水器", "serial": "DE60K251124", "started": "四天前 跳闸那天",
       "circumstances": "对 就是小区电压不稳 跳闸以后就坏了 其他没有",
       "wants": "修好 该多少钱就多少钱", "phone": "150 5718 3326",
       "offer": ["可以 修吧"], "person": "不用", "other": "好"},
      E("zh", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60K251124: E60 售出 313 天, 还剩 52 天保修; 客户明说小区电压不稳跳闸后不通电 (VOLTAGE, 未主张质量问题) -> "
      "CoveredWithFee, PaidRepair (工本费 + 配件).",
      {"serial": "DE60K251124", "start": 4, "fault": "NO_POWER", "circ": ("VOLTAGE", "confirmed"), "wish": "repair",
       "hard": True}),

    S("dianhua-haoma-da-fan-le-yanji-xili-xiao-t9",
      ["T9侧吸油烟机 序列号YT926046930 四个多月前买的 三天前开始吸力一下子变小了 炒菜烟全跑出来 油网刚洗过 "
       "麻烦上门看看 我电话13905714426"],
      {"done": "没了", "confirm": "对的",
       "product": "T9油烟机", "serial": "YT926046930", "started": "三天前",
       "circumstances": "没有 没摔 没拆 没找别人修",
       "wants": "上门修", "phone": "13905714462",
       "offer": ["好的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "FreeRepair", False, "Normal"),
      "YT926046930: T9 售出 134 天, 保修期内; 三天前起吸力小 -> FreeRepair. 电话号码在复述后更正 (最后两位打反).",
      {"serial": "YT926046930", "start": 3, "fault": "WEAK_SUCTION", "wish": "repair"},
      say=[("confirm", "对 还有 电话号码最后两位我打反了 应该是13905714462")]),

    S("qishi-ban-nian-qian-jiu-you-le-dayinji-xiang-lp2200",
      ["激光打印机LP-2200 LP22QE260793 三个来月前买的 三天前开始打印的时候咔咔响 声音挺大 想让人来修一下"],
      {"done": "没了", "confirm": "改过以后对",
       "product": "LP-2200激光打印机", "serial": "LP22QE260793", "started": "差不多半年前就开始了",
       "circumstances": "没有",
       "wants": "修好", "phone": "136 5712 9037",
       "offer": ["好"], "person": "可以", "other": "好"},
      E("zh", "NeedsReview", None, True, "Normal"),
      "LP22QE260793: LP-2200 售出 89 天. 客户先说三天前, 复述后改口说差不多半年前就有这毛病 -> 问题早于购买, 事实冲突 "
      "(规则 1), NeedsReview, 转人工.",
      {"serial": "LP22QE260793", "start": 180, "fault": "NOISE", "wish": "repair", "hard": True},
      say=[("confirm", "哦不对 我刚想起来 其实差不多半年前就开始咔咔响了 只是最近三天特别响")]),

    S("meiqi-wei-guan-le-fa-hai-you-q5",
      ["你好 急 Q5燃气灶 序列号JQ526078529 三个来月前装的 今天早上开始厨房里一股煤气味 阀门关了还有一点 这正常吗 "
       "我电话18867105523"],
      {"done": "没了", "confirm": "对",
       "product": "Q5燃气灶", "serial": "JQ526078529", "started": "今天早上",
       "circumstances": "没有",
       "wants": "赶紧派人来看", "phone": "18867105523",
       "offer": ["好"], "person": "好 要人工", "other": "窗户已经开了 阀门也关了"},
      E("zh", None, None, True, "Safety"),
      "JQ526078529: Q5, 厨房煤气味, 关阀后仍有 -> 安全问题, 转人工, 优先级 Safety, 不作保修结论.",
      {"serial": "JQ526078529", "safety": True, "fault": "GAS_SMELL", "hard": True}),

    S("shi-wangluoban-bu-shi-danjiban-lian-bu-shang-n8",
      ["财务软件8.0单机版 授权号FN8-2607-VBFT 两个月前买的 三天前开始客户端都连不上服务器 路由器也reset过了 还是不行 "
       "帮忙远程看一下"],
      {"done": "就这些", "confirm": "对 网络版",
       "product": "财务软件8.0网络版", "serial": "FN8-2607-VBFT", "started": "三天前",
       "circumstances": "没有 没改过",
       "wants": "远程帮忙弄好", "phone": "0571-8734 5512",
       "offer": ["好 远程吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2607-VBFT: 财务软件 8.0 网络版售出 60 天, 服务期内; 客户端连不上服务器 -> RemoteSupport. 客户先说成单机版, "
      "复述后改为网络版 (授权号是 FN8).",
      {"serial": "FN8-2607-VBFT", "start": 3, "fault": "CONNECTION", "wish": "repair"},
      say=[("confirm", "哦 说错了 是网络版 不是单机版 授权号是FN开头的")]),

    S("maile-yanbao-baobiao-jie-dai-bu-ping-s8",
      ["财务软件8.0单机版 FS8-2502-MAJU 快两年前买的 当时加钱买了延保 多保一年 一个礼拜前开始 balance sheet 借贷不平 "
       "明明凭证都对 报表就是不对 这个延保还管吧"],
      {"done": "没了", "confirm": "是的",
       "product": "财务软件8.0单机版", "serial": "FS8-2502-MAJU", "started": "一个礼拜前",
       "circumstances": "没有 没改过软件",
       "wants": "把报表弄对", "phone": "138 0571 7720",
       "offer": ["好的 远程吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2502-MAJU: 财务软件 8.0 单机版售出 612 天, 延保 12 个月, 还剩 118 天; 报表不对一周 -> Covered (延保), "
      "RemoteSupport.",
      {"serial": "FS8-2502-MAJU", "start": 7, "fault": "REPORT_WRONG", "wish": "repair"}),

    S("printer-yi-kaiji-jiu-error-huan-xin-dc4525",
      ["彩色复合机DC-4525 DC45252609980 才买一个多礼拜 前天开始一开机就报error code C-2801 然后就卡在那不动了 "
       "新机器就这样 我要换一台新的"],
      {"done": "没有了", "confirm": "对",
       "product": "DC-4525彩色复合机", "serial": "DC45252609980", "started": "前天",
       "circumstances": "没有 没挪过 没拆过",
       "wants": "换新", "phone": "0571-8621 4473",
       "offer": ["好 换新的"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Normal"),
      "DC45252609980: DC-4525 售出 9 天 (15 天换货期内), 前天起开机报 C-2801, 要换新 -> Replacement. 中英夹杂 "
      "(printer 的说法, error code).",
      {"serial": "DC45252609980", "start": 2, "fault": "ERROR_CODE", "wish": "new", "hard": True}),

    S("guo-bao-le-ma-kazhi-shoufei-lp2200",
      ["LP-2200打印机 LP22LF250298 一年多以前买的 三天前开始每打几张就卡纸 拉出来都皱巴巴的 是不是过保了 过保就收费修吧"],
      {"done": "没了", "confirm": "对",
       "product": "LP-2200激光打印机", "serial": "LP22LF250298", "started": "三天前",
       "circumstances": "没有",
       "wants": "修好", "phone": "139 5716 2804",
       "offer": ["行 修吧"], "person": "不用", "other": "好"},
      E("zh", "NotCovered", "PaidRepair", False, "Normal"),
      "LP22LF250298: LP-2200 售出 584 天, 保修已过 219 天; 三天前起卡纸 -> NotCovered, PaidRepair.",
      {"serial": "LP22LF250298", "start": 3, "fault": "PAPER_JAM", "wish": "repair"}),

    S("fuyinjian-you-you-heidao-xiu-le-liang-ci-huan-xin-dc3020",
      ["又来了!DC-3020 DC30202605809 复印出来又是一道一道的黑道 你们修了两次了 上次修好才一个多月 四天前又开始了 "
       "墨粉还有一大半 不是墨粉的事 这次给我换新机器"],
      {"done": "没了", "confirm": "对",
       "product": "DC-3020复印机", "serial": "DC30202605809", "started": "四天前",
       "circumstances": "没有 没摔没拆 都是你们的人修的",
       "wants": "换新机器", "phone": "0571-8590 3318",
       "offer": ["行 换吧"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Replacement", False, "Urgent"),
      "DC30202605809: DC-3020 售出 174 天, PRINT_QUALITY 在保修期内修了两次, 又出黑道 (墨粉还有一大半, 不是耗材) -> 重复"
      "故障, 先 Replacement, Urgent.",
      {"serial": "DC30202605809", "start": 4, "fault": "PRINT_QUALITY", "wish": "new", "hard": True}),

    S("anzhuang-dao-yiban-huigun-s9",
      ["财务软件9.0单机版 授权号FS9-2610-CDNH 四天前买的 昨天装到一半就报错 然后自动回滚 试了三次都一样 能不能远程帮我装一下"],
      {"done": "就这些", "confirm": "对",
       "product": "财务软件9.0单机版", "serial": "FS9-2610-CDNH", "started": "昨天",
       "circumstances": "没有",
       "wants": "远程帮我装好", "phone": "152 5710 6639",
       "offer": ["好"], "person": "不用", "other": "好"},
      E("zh", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2610-CDNH: 财务软件 9.0 单机版售出 4 天 (软件无退货期), 昨天起安装失败 -> RemoteSupport.",
      {"serial": "FS9-2610-CDNH", "start": 1, "fault": "INSTALL_FAILURE", "wish": "repair"}),

    S("huan-xin-gai-tuihuo-yanji-zhuanghao-jiu-xiang-t9",
      ["油烟机T9 YT926091560 前天买的 昨天师傅刚装好 当天晚上一开就咣咣响 像有东西松了 给我换一台新的吧 电话13757162288"],
      {"done": "没了", "confirm": "对",
       "product": "T9油烟机", "serial": "YT926091560", "started": "昨天晚上 刚装好就响",
       "circumstances": "没有 师傅装的 我们没碰",
       "wants": "换新的", "phone": "13757162288",
       "offer": ["退吧 退钱", "好 退款"], "person": "不用", "other": "好"},
      E("zh", "Covered", "Refund", False, "Normal"),
      "YT926091560: T9 售出 2 天 (7 天退货期内), 装好当晚就响. 先要换新, 报价后改口 '算了还是退了吧' -> 按最终诉求 Refund.",
      {"serial": "YT926091560", "start": 1, "fault": "NOISE", "wish": "refund", "hard": True},
      say=[("offer", "算了 不换了 还是退了吧 这牌子我不想用了")]),
]

namespace AfterSalesBot.KnowledgeBench.Corpus;

/// <summary>Bilingual words the synthetic articles and queries are made of.</summary>
public static class Vocabulary
{
    public readonly record struct Pair(string En, string Zh);

    public static readonly Pair[] Components =
    [
        new("burner", "炉头"), new("igniter", "点火针"), new("knob", "旋钮"), new("valve", "阀门"), new("thermocouple", "热电偶"),
        new("heat exchanger", "换热器"), new("fan", "风机"), new("filter", "滤网"), new("oil cup", "油杯"), new("motor", "电机"),
        new("display", "显示屏"), new("control board", "控制板"), new("water pump", "水泵"), new("pipe joint", "接头"),
        new("paper tray", "纸盒"), new("roller", "搓纸轮"), new("toner cartridge", "粉盒"), new("drum", "硒鼓"), new("fuser", "定影器"),
        new("document feeder", "输稿器"), new("scanner glass", "扫描玻璃"), new("network card", "网卡"), new("licence key", "授权码"),
        new("database", "数据库"), new("ledger", "账套"), new("voucher", "凭证"), new("report", "报表"), new("power supply", "电源"),
    ];

    public static readonly Pair[] Symptoms =
    [
        new("leaks water", "漏水"), new("will not ignite", "点不着火"), new("flame goes out", "熄火"), new("makes a loud noise", "噪音大"),
        new("smells of gas", "有燃气味"), new("shows an error code", "显示故障代码"), new("does not heat", "不加热"),
        new("keeps jamming", "频繁卡纸"), new("prints faded pages", "打印字迹变淡"), new("will not turn on", "无法开机"),
        new("drips oil", "滴油"), new("is slow", "运行很慢"), new("cannot connect", "无法连接"), new("fails to activate", "激活失败"),
        new("crashes on start", "启动时崩溃"), new("loses data", "数据丢失"), new("vibrates", "抖动"), new("overheats", "过热"),
        new("trips the breaker", "跳闸"), new("has a cracked panel", "面板开裂"),
    ];

    public static readonly Pair[] Actions =
    [
        new("Turn the unit off and unplug it before you check anything.", "检查前请先关机并拔掉电源。"),
        new("Clean the part with a dry cloth and try again.", "用干布清洁该部件后再试。"),
        new("Check that the supply is switched on and the connection is tight.", "请确认供气或供电已打开，接口已拧紧。"),
        new("If the fault comes back, book a technician visit with your serial number.", "如果故障再次出现，请凭机身号码预约维修师傅上门。"),
        new("Do not open the casing yourself; doing so voids the warranty.", "请勿自行拆机，否则将失去保修。"),
        new("Reset the settings to the factory defaults from the menu.", "请在菜单中恢复出厂设置。"),
        new("Replace the worn part; consumables are not covered by the warranty.", "请更换磨损部件；耗材不在保修范围内。"),
        new("Update to the latest version and restart.", "请升级到最新版本后重新启动。"),
    ];
}

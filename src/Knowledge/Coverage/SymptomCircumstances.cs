namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>
/// Which circumstances a symptom makes decisive: when one of them is unknown in warranty, the bot must ask (or a
/// person must review) before it may answer. A performance fault of any other symptom is presumed to be a quality
/// fault unless the customer says otherwise; a fault the customer says is not a quality fault makes every
/// circumstance decisive.
/// </summary>
internal static class SymptomCircumstances
{
    private static readonly string[] Physical = [ReasonCodes.UserDamage, ReasonCodes.Disassembly, ReasonCodes.ForceMajeure];
    private static readonly string[] Electrical = [ReasonCodes.Voltage, ReasonCodes.ForceMajeure];

    private static readonly Dictionary<string, string[]> BySymptom = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PHYSICAL_DAMAGE"] = Physical,
        ["CRACKED"] = Physical,
        ["BROKEN"] = Physical,
        ["WATER_DAMAGE"] = [ReasonCodes.UserDamage, ReasonCodes.ForceMajeure],
        ["BURNT"] = Electrical,
        ["NO_POWER"] = Electrical,
        ["POWER_SURGE"] = Electrical,
    };

    /// <summary>Exclusions where a photo of the unit can show what happened.</summary>
    public static bool PhotoCanShow(string exclusionCode) => exclusionCode is ReasonCodes.UserDamage
        or ReasonCodes.ForceMajeure or ReasonCodes.Disassembly or ReasonCodes.Modification;

    public static IReadOnlyList<string> Decisive(string? faultCode, bool? isPerformanceFault) =>
        isPerformanceFault == false ? Circumstances.Codes
        : faultCode is not null && BySymptom.TryGetValue(faultCode, out var codes) ? codes
        : [];
}

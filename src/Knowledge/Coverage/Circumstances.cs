namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>
/// The circumstances that map onto exclusions (DOMAIN.md §6). <c>true</c> = it happened, <c>false</c> = the customer
/// said it did not, <c>null</c> = not known yet.
/// </summary>
public sealed record Circumstances
{
    /// <summary>Dropped, physical damage, misuse (USER_DAMAGE).</summary>
    public bool? UserDamage { get; init; }

    /// <summary>Unstable voltage or a power surge (VOLTAGE).</summary>
    public bool? Voltage { get; init; }

    /// <summary>Modified, or parts not supplied by the seller (MODIFICATION).</summary>
    public bool? Modification { get; init; }

    /// <summary>Repaired by someone the seller did not authorise (UNAUTHORISED_REPAIR).</summary>
    public bool? UnauthorisedRepair { get; init; }

    /// <summary>Opened by the user without permission (DISASSEMBLY).</summary>
    public bool? Disassembly { get; init; }

    /// <summary>Fire, flood, lightning or a third party's act (FORCE_MAJEURE).</summary>
    public bool? ForceMajeure { get; init; }

    /// <summary>The answer for an exclusion code; null for codes that are not circumstances (e.g. CONSUMABLE).</summary>
    public bool? Of(string exclusionCode) => exclusionCode switch
    {
        ReasonCodes.UserDamage => UserDamage,
        ReasonCodes.Voltage => Voltage,
        ReasonCodes.Modification => Modification,
        ReasonCodes.UnauthorisedRepair => UnauthorisedRepair,
        ReasonCodes.Disassembly => Disassembly,
        ReasonCodes.ForceMajeure => ForceMajeure,
        _ => null,
    };

    /// <summary>The exclusion codes that are circumstances the bot can ask about.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        ReasonCodes.UserDamage, ReasonCodes.Voltage, ReasonCodes.Modification,
        ReasonCodes.UnauthorisedRepair, ReasonCodes.Disassembly, ReasonCodes.ForceMajeure,
    ];
}

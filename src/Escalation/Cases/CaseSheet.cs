namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// Everything the bot gathered, so the person who takes the case never asks again (DOMAIN.md §3 step 1, §4):
/// the facts, the coverage decision with its reasons, the remedies offered and refused, the customer's demand
/// and mood, and where the transcript is.
/// </summary>
public sealed record CaseSheet
{
    public string? Model { get; init; }
    public string? ProductName { get; init; }
    public string? Serial { get; init; }
    public string? OrderNumber { get; init; }
    public DateOnly? SaleDate { get; init; }
    public string? Problem { get; init; }
    public IReadOnlyList<string> Symptoms { get; init; } = [];
    public DateOnly? StartedOn { get; init; }

    /// <summary>Exclusion code → what the customer said (true happened, false did not); absent = not asked.</summary>
    public IReadOnlyDictionary<string, bool> Circumstances { get; init; } = new Dictionary<string, bool>();
    public string? Wants { get; init; }
    public string? Demand { get; init; }
    public string? CustomerName { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Location { get; init; }

    /// <summary>The customer asked to be phoned ("can somebody ring me about it?") and the bot said a colleague would:
    /// whoever handles the case calls <see cref="Phone"/>.</summary>
    public bool CallBackRequested { get; init; }
    public string? Zone { get; init; }
    public string? CoverageVerdict { get; init; }
    public IReadOnlyList<SheetReason> CoverageReasons { get; init; } = [];

    /// <summary>Earlier repairs of the same fault on this unit under warranty (since its sale and last replacement), from
    /// the knowledge store's repair records: above 0 the unit is failing again (DOMAIN.md §7), and the case opens raised.</summary>
    public int SameFaultRepairs { get; init; }
    public IReadOnlyList<SheetRemedy> RemediesOffered { get; init; } = [];
    public IReadOnlyList<SheetRemedy> RemediesRefused { get; init; } = [];

    /// <summary>0 calm, 1 upset, 2 angry.</summary>
    public int Anger { get; init; }
    public bool Urgent { get; init; }
    public string? Hazard { get; init; }

    /// <summary>A few sentences for the person who takes the case, written by the language model when one is
    /// configured; null otherwise. Words only: nothing decides on it.</summary>
    public string? Summary { get; init; }

    /// <summary>The conversation whose transcript holds every message.</summary>
    public required string ConversationId { get; init; }
}

public sealed record SheetReason(string Code, string Text);

public sealed record SheetRemedy(string Kind, decimal Cost, string Currency, string GrantedBy, string Description);

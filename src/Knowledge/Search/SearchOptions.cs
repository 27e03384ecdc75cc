namespace AfterSalesBot.Knowledge.Search;

public sealed record SearchOptions
{
    public static readonly SearchOptions Default = new();

    /// <summary>
    /// A model or product line code. When set, only articles for that model, for its line, or for every
    /// product (no products listed) come back. A line code admits articles for any model in the line; a
    /// product alias ("Q5") is accepted as its model. Null: no filter.
    /// </summary>
    public string? Product { get; init; }

    /// <summary>How many hits at most. Default 5.</summary>
    public int Top { get; init; } = 5;

    /// <summary>
    /// "en" or "zh": the customer's language. Matches in the other language's title and body count half,
    /// which only matters for terms both languages share (model numbers, error codes). Null: no preference.
    /// </summary>
    public string? Language { get; init; }
}

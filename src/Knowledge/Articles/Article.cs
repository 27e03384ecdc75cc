namespace AfterSalesBot.Knowledge.Articles;

public enum ArticleKind
{
    Troubleshooting,
    Faq,
}

/// <summary>A bilingual troubleshooting or FAQ article (DOMAIN.md §9 knowledge base).</summary>
public sealed class Article
{
    /// <summary>Natural key, e.g. <c>KB-KITCHEN-003</c>.</summary>
    public required string Code { get; set; }
    public ArticleKind Kind { get; set; }
    public required string TitleEn { get; set; }
    public required string TitleZh { get; set; }
    public required string BodyEn { get; set; }
    public required string BodyZh { get; set; }

    /// <summary>Models or product line codes the article applies to; empty means all.</summary>
    public List<string> Products { get; set; } = [];

    /// <summary>Fault categories it addresses (NO_IGNITION, LEAK, …), shared with repair records.</summary>
    public List<string> Symptoms { get; set; } = [];
}

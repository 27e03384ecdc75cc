namespace AfterSalesBot.Knowledge.Search;

/// <summary>One ranked article; the snippets are a window of each body around the first query match.</summary>
public sealed record SearchHit(string Code, double Score, string TitleEn, string TitleZh, string SnippetEn, string SnippetZh);

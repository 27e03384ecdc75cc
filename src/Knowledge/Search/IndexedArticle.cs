namespace AfterSalesBot.Knowledge.Search;

/// <summary>The texts a hit shows, copied out of the entity so the index stays immutable.</summary>
internal sealed record IndexedArticle(string Code, string TitleEn, string TitleZh, string BodyEn, string BodyZh);

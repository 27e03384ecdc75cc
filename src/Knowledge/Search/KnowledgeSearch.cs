using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// Article search over the knowledge store (a singleton). The index is built from the database on first
/// use and replaced whole by <see cref="Refresh"/> after an import; searches in flight keep the index
/// they started with, since an <see cref="ArticleIndex"/> never changes.
/// </summary>
public sealed class KnowledgeSearch(IDbContextFactory<KnowledgeDbContext> contexts) : IKnowledgeChangeListener
{
    private readonly Lock _loading = new();
    private ArticleIndex? _index;

    /// <summary>The current index, loading it on first use.</summary>
    public ArticleIndex Index => Volatile.Read(ref _index) ?? LoadOnce();

    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null) => Index.Search(query, options);

    /// <summary>Reloads articles and products and swaps the index in. Refreshes run one at a time, so the last one wins.</summary>
    public void Refresh()
    {
        lock (_loading)
            Volatile.Write(ref _index, Load());
    }

    private ArticleIndex LoadOnce()
    {
        lock (_loading)
        {
            if (_index is { } loaded) return loaded;
            var index = Load();
            Volatile.Write(ref _index, index);
            return index;
        }
    }

    private ArticleIndex Load()
    {
        using var db = contexts.CreateDbContext();
        var articles = db.Articles.AsNoTracking().ToList();
        var products = db.Products.AsNoTracking().ToList();
        return ArticleIndex.Build(articles, products);
    }

    /// <summary>An import committed changes: the next searches see them.</summary>
    public void OnKnowledgeChanged() => Refresh();
}

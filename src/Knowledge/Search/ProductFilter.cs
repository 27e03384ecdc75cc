namespace AfterSalesBot.Knowledge.Search;

/// <summary>Bit sets of articles by product key, so filtering a query costs a bit test per posting.</summary>
internal sealed class ProductFilter
{
    private readonly ProductCatalog _catalog;
    private readonly int _words;
    private readonly ulong[] _general;
    private readonly Dictionary<string, ulong[]> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public ProductFilter(ProductCatalog catalog, IReadOnlyList<IReadOnlyList<string>> productsPerDoc)
    {
        _catalog = catalog;
        _words = (productsPerDoc.Count + 63) / 64;
        _general = new ulong[_words];
        for (var doc = 0; doc < productsPerDoc.Count; doc++)
        {
            if (productsPerDoc[doc].Count == 0)
                Set(_general, doc);
            foreach (var key in productsPerDoc[doc])
            {
                if (!_byKey.TryGetValue(key, out var bits))
                    _byKey[key] = bits = new ulong[_words];
                Set(bits, doc);
            }
        }
    }

    /// <summary>The admitted articles, or null for no filter.</summary>
    public ulong[]? Resolve(string? product)
    {
        if (string.IsNullOrWhiteSpace(product)) return null;
        var admitted = (ulong[])_general.Clone();
        foreach (var key in _catalog.KeysAdmittedBy(product.Trim()))
        {
            if (!_byKey.TryGetValue(key, out var bits)) continue;
            for (var i = 0; i < _words; i++)
                admitted[i] |= bits[i];
        }

        return admitted;
    }

    public static bool Contains(ulong[] bits, int doc) => (bits[doc >> 6] & (1UL << doc)) != 0;

    private static void Set(ulong[] bits, int doc) => bits[doc >> 6] |= 1UL << doc;
}

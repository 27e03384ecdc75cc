using AfterSalesBot.Knowledge.Catalog;

namespace AfterSalesBot.Knowledge.Search;

/// <summary>What the index needs to know about products: which keys a model or line code stands for, and its names.</summary>
internal sealed class ProductCatalog
{
    private readonly Dictionary<string, Product> _byModel = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Product>> _byLine = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Product> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public ProductCatalog(IEnumerable<Product> products)
    {
        foreach (var product in products)
        {
            _byModel[product.Model] = product;
            if (!_byLine.TryGetValue(product.LineCode, out var line))
                _byLine[product.LineCode] = line = [];
            line.Add(product);
            foreach (var alias in product.Aliases)
                _byAlias.TryAdd(alias, product);
        }
    }

    /// <summary>
    /// The article product keys a filter value admits: a model admits itself and its line; a line admits
    /// itself and its models; an alias stands for its model; anything else only itself.
    /// </summary>
    public IEnumerable<string> KeysAdmittedBy(string filter)
    {
        if (_byModel.TryGetValue(filter, out var product) || _byAlias.TryGetValue(filter, out product))
            return [product.Model, product.LineCode];
        if (_byLine.TryGetValue(filter, out var line))
            return [filter, .. line.Select(p => p.Model)];
        return [filter];
    }

    /// <summary>Names and aliases of the products an article key (model or line code) covers, both languages.</summary>
    public IEnumerable<string> NamesFor(string key)
    {
        if (_byModel.TryGetValue(key, out var product))
            return Names(product);
        if (_byLine.TryGetValue(key, out var line))
            return [key, .. line.SelectMany(Names)];
        return [key];
    }

    private static IEnumerable<string> Names(Product p) => [p.Model, p.NameEn, p.NameZh, .. p.Aliases];
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// A compiled query for each model. EF binds a compiled query to the model of the first context it runs on, and one
/// process may hold contexts of several providers (the tests run SQLite and PostgreSQL side by side), or of one provider
/// built with different options (a test's own context beside the host's pooled ones), each with a model of its own; so
/// each model gets its own compilation. A host has one model per provider.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<Microsoft.EntityFrameworkCore.Metadata.IModel, TQuery> _byModel = new(ReferenceEqualityComparer.Instance);

    public TQuery For(DbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// A compiled query for each provider's context. EF binds a compiled query to the model of the first context it runs on,
/// and one process may hold contexts of several providers (the tests run SQLite and PostgreSQL side by side), so each
/// context type gets its own compilation.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContext = new();

    public TQuery For(DbContext db) => _byContext.GetOrAdd(db.GetType(), _ => compile());
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Knowledge.Data;

public enum KnowledgeProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Which database the host gives the Knowledge module; the module owns its tables and migrations.</summary>
public sealed record KnowledgeDatabase(KnowledgeProvider Provider, string ConnectionString)
{
    /// <summary>Interceptors the host adds to every context (on SQLite: how long a writer waits for the lock).</summary>
    public IReadOnlyList<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors { get; init; } = [];
}

public static class KnowledgeDatabaseRegistration
{
    /// <summary>Registers <see cref="IDbContextFactory{KnowledgeDbContext}"/> on the given provider.</summary>
    public static IServiceCollection AddKnowledgeDatabase(this IServiceCollection services, KnowledgeDatabase database)
    {
        if (database.Provider == KnowledgeProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<PostgreSqlKnowledgeDbContext>(o => o.UseNpgsql(database.ConnectionString,
                s => s.MigrationsHistoryTable(KnowledgeDbContext.MigrationsHistoryTable)).AddInterceptors(database.Interceptors));
            services.AddSingleton<IDbContextFactory<KnowledgeDbContext>>(sp =>
                new Upcast<PostgreSqlKnowledgeDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlKnowledgeDbContext>>()));
        }
        else if (database.Provider == KnowledgeProvider.SqlServer)
        {
            services.AddPooledDbContextFactory<SqlServerKnowledgeDbContext>(o => o.UseSqlServer(database.ConnectionString,
                s => s.MigrationsHistoryTable(KnowledgeDbContext.MigrationsHistoryTable)));
            services.AddSingleton<IDbContextFactory<KnowledgeDbContext>>(sp =>
                new Upcast<SqlServerKnowledgeDbContext>(sp.GetRequiredService<IDbContextFactory<SqlServerKnowledgeDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<SqliteKnowledgeDbContext>(o => o.UseSqlite(database.ConnectionString,
                s => s.MigrationsHistoryTable(KnowledgeDbContext.MigrationsHistoryTable)).AddInterceptors(database.Interceptors));
            services.AddSingleton<IDbContextFactory<KnowledgeDbContext>>(sp =>
                new Upcast<SqliteKnowledgeDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteKnowledgeDbContext>>()));
        }
        return services;
    }

    private sealed class Upcast<T>(IDbContextFactory<T> inner) : IDbContextFactory<KnowledgeDbContext> where T : KnowledgeDbContext
    {
        public KnowledgeDbContext CreateDbContext() => inner.CreateDbContext();
    }
}

/// <summary>Used by <c>dotnet ef</c> only.</summary>
internal sealed class SqliteKnowledgeDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKnowledgeDbContext>
{
    public SqliteKnowledgeDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteKnowledgeDbContext>()
        .UseSqlite("Data Source=design-time.db", s => s.MigrationsHistoryTable(KnowledgeDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class SqlServerKnowledgeDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKnowledgeDbContext>
{
    public SqlServerKnowledgeDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqlServerKnowledgeDbContext>()
        .UseSqlServer("Server=localhost;Database=AfterSalesBot;Trusted_Connection=True;TrustServerCertificate=True",
            s => s.MigrationsHistoryTable(KnowledgeDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class PostgreSqlKnowledgeDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlKnowledgeDbContext>
{
    public PostgreSqlKnowledgeDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgreSqlKnowledgeDbContext>()
        .UseNpgsql("Host=localhost;Database=aftersalesbot;Username=aftersalesbot",
            s => s.MigrationsHistoryTable(KnowledgeDbContext.MigrationsHistoryTable)).Options);
}

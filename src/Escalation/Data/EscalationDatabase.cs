using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Escalation.Data;

public enum EscalationProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Which database the host gives the Escalation module; the module owns its tables and migrations.</summary>
public sealed record EscalationDatabase(EscalationProvider Provider, string ConnectionString)
{
    /// <summary>Interceptors the host adds to every context (on SQLite: how long a writer waits for the lock).</summary>
    public IReadOnlyList<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors { get; init; } = [];
}

public static class EscalationDatabaseRegistration
{
    /// <summary>Registers <see cref="IDbContextFactory{EscalationDbContext}"/> on the given provider.</summary>
    public static IServiceCollection AddEscalationDatabase(this IServiceCollection services, EscalationDatabase database)
    {
        if (database.Provider == EscalationProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<PostgreSqlEscalationDbContext>(o => o.UseNpgsql(database.ConnectionString,
                s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).AddInterceptors(database.Interceptors));
            services.AddSingleton<IDbContextFactory<EscalationDbContext>>(sp =>
                new Upcast<PostgreSqlEscalationDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlEscalationDbContext>>()));
        }
        else if (database.Provider == EscalationProvider.SqlServer)
        {
            services.AddPooledDbContextFactory<SqlServerEscalationDbContext>(o => o.UseSqlServer(database.ConnectionString,
                s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)));
            services.AddSingleton<IDbContextFactory<EscalationDbContext>>(sp =>
                new Upcast<SqlServerEscalationDbContext>(sp.GetRequiredService<IDbContextFactory<SqlServerEscalationDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<SqliteEscalationDbContext>(o => o.UseSqlite(database.ConnectionString,
                s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).AddInterceptors(database.Interceptors));
            services.AddSingleton<IDbContextFactory<EscalationDbContext>>(sp =>
                new Upcast<SqliteEscalationDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteEscalationDbContext>>()));
        }
        return services;
    }

    private sealed class Upcast<T>(IDbContextFactory<T> inner) : IDbContextFactory<EscalationDbContext> where T : EscalationDbContext
    {
        public EscalationDbContext CreateDbContext() => inner.CreateDbContext();
    }
}

/// <summary>Used by <c>dotnet ef</c> only.</summary>
internal sealed class SqliteEscalationDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEscalationDbContext>
{
    public SqliteEscalationDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteEscalationDbContext>()
        .UseSqlite("Data Source=design-time.db", s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class SqlServerEscalationDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerEscalationDbContext>
{
    public SqlServerEscalationDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqlServerEscalationDbContext>()
        .UseSqlServer("Server=localhost;Database=AfterSalesBot;Trusted_Connection=True;TrustServerCertificate=True",
            s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class PostgreSqlEscalationDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlEscalationDbContext>
{
    public PostgreSqlEscalationDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgreSqlEscalationDbContext>()
        .UseNpgsql("Host=localhost;Database=aftersalesbot;Username=aftersalesbot",
            s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).Options);
}

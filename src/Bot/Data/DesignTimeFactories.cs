using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AfterSalesBot.Bot.Data;

/// <summary>Used by <c>dotnet ef</c> only: each provider's migrations are generated from its own context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBotDbContext>
{
    public SqliteBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBotDbContext>
{
    public SqlServerBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerBotDbContext>()
            .UseSqlServer("Server=localhost;Database=AfterSalesBot;Trusted_Connection=True;TrustServerCertificate=True").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlBotDbContext>
{
    public PostgreSqlBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlBotDbContext>().UseNpgsql("Host=localhost;Database=aftersalesbot;Username=aftersalesbot").Options);
}

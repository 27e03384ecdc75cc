using AfterSalesBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AfterSalesBot.Tests.Scaling;

/// <summary>Three instances on a database of the run's throwaway PostgreSQL cluster.</summary>
public sealed class ConversationAcrossInstancesOnPostgreSqlTests(ITestOutputHelper output)
    : ConversationAcrossInstancesCases(StorageEngine.PostgreSql, output);

/// <summary>Three instances on one SQLite file (in the data folder they share).</summary>
public sealed class ConversationAcrossInstancesOnSqliteTests(ITestOutputHelper output)
    : ConversationAcrossInstancesCases(StorageEngine.Sqlite, output);

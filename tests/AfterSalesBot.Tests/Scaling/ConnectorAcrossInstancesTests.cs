using AfterSalesBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AfterSalesBot.Tests.Scaling;

/// <summary>Three instances on a database of the run's throwaway PostgreSQL cluster, replying through the connector.</summary>
public sealed class ConnectorAcrossInstancesOnPostgreSqlTests(ITestOutputHelper output)
    : ConnectorAcrossInstancesCases(StorageEngine.PostgreSql, output);

/// <summary>Three instances on one SQLite file (in the data folder they share), replying through the connector.</summary>
public sealed class ConnectorAcrossInstancesOnSqliteTests(ITestOutputHelper output)
    : ConnectorAcrossInstancesCases(StorageEngine.Sqlite, output);

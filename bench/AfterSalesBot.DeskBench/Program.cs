// The desk bench: how the escalation desk holds up with a realistic backlog on the embedded SQLite store.
// Opens N cases, lists the queue the console shows, records agreements, then lets two scheduler instances race
// through the follow-ups that fall due, and prints rates, latencies, duplicates and memory.
// Usage: dotnet run -c Release --project bench/AfterSalesBot.DeskBench [-- --cases 3000 --agreements 1000]
using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.DeskBench;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

var cases = Arg("--cases", 3000);
var agreements = Arg("--agreements", 1000);
var folder = Path.Combine(Path.GetTempPath(), "asb-deskbench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var file = Path.Combine(folder, "escalation.db");
var clock = new ShiftedClock();
var services = new ServiceCollection()
    .AddSingleton<TimeProvider>(clock)
    .AddEscalationDatabase(new EscalationDatabase(EscalationProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file }.ToString()))
    .AddCaseDesk()
    .BuildServiceProvider();
await using (var db = services.GetRequiredService<IDbContextFactory<EscalationDbContext>>().CreateDbContext())
    await db.Database.MigrateAsync();
var desk = services.GetRequiredService<ICaseDesk>();
var queue = services.GetRequiredService<CaseQueue>();

Console.WriteLine($"Desk bench: {cases:N0} cases, {agreements:N0} agreements, SQLite {file}, {Environment.ProcessorCount} cores");
Console.WriteLine();
Console.WriteLine("| operation | count | rate | p50 | p99 |");
Console.WriteLine("|---|---|---|---|---|");

var open = new Latencies("open a case (sheet, events, number)");
var wall = Stopwatch.StartNew();
for (var i = 0; i < cases; i++)
{
    var priority = (i % 20) switch { 0 => CasePriority.Safety, < 5 => CasePriority.Urgent, _ => CasePriority.Normal };
    await open.TimeAsync(() => desk.OpenAsync(new OpenCaseRequest($"bench-{i}", "webchat", i % 2 == 0 ? "zh-CN" : "en-US",
        EscalationReason.CustomerAskedForPerson, priority, Sheet($"bench-{i}"), 24, 48), CancellationToken.None));
}
Console.WriteLine(open.Row(wall.Elapsed));

var list = new Latencies($"list the queue ({cases:N0} waiting)");
wall.Restart();
for (var i = 0; i < 50; i++) await list.TimeAsync(() => queue.ListAsync(CancellationToken.None));
Console.WriteLine(list.Row(wall.Elapsed));

var take = new Latencies("take a case (exactly-once claim)");
var queued = await queue.ListAsync(CancellationToken.None);
wall.Restart();
foreach (var c in queued.Take(200))
    await take.TimeAsync(() => queue.TakeAsync(c.Number, $"agent-{c.Number.GetHashCode() & 7}", 1000, CancellationToken.None));
Console.WriteLine(take.Row(wall.Elapsed));

var agree = new Latencies("record an agreement (+ follow-up scheduled)");
wall.Restart();
for (var i = 0; i < agreements; i++)
{
    var at = clock.GetUtcNow();
    await agree.TimeAsync(() => desk.RecordAgreementAsync(new AgreementRequest($"agree-{i}", "webchat", "en-US", "bot",
        new SheetRemedy("FreeRepair", 0m, "CNY", "policy", "Free repair"), "KITCHEN-STD", 1, at.AddMinutes(-1), at,
        Sheet($"agree-{i}"), 48), CancellationToken.None));
}
Console.WriteLine(agree.Row(wall.Elapsed));

// Ten days later every follow-up question is due; two instances on the same file race for them.
clock.Offset = TimeSpan.FromDays(10);
var sender = new CountingSender();
var options = Options.Create(new FollowUpOptions { BatchSize = 50 });
var factory = services.GetRequiredService<IDbContextFactory<EscalationDbContext>>();
var instances = new[] { new FollowUpScheduler(factory, clock, options, sender), new FollowUpScheduler(factory, clock, options, sender) };
var passes = 0;
wall.Restart();
await Task.WhenAll(instances.Select(async s =>
{
    while ((await s.RunDueAsync(CancellationToken.None)).Total > 0) Interlocked.Increment(ref passes);
}));
var sendWall = wall.Elapsed;
var duplicates = sender.Sends.Values.Count(n => n > 1);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| follow-ups sent by 2 racing schedulers | {sender.Sends.Count:N0} | {sender.Sends.Count / sendWall.TotalSeconds:N0}/s | {passes} passes | duplicates: {duplicates} |"));

Console.WriteLine();
using var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Working set {process.WorkingSet64 / 1024 / 1024:N0} MB; database {new FileInfo(file).Length / 1024 / 1024.0:N1} MB (+WAL)."));
await services.DisposeAsync();
SqliteConnection.ClearAllPools();
try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
if (duplicates > 0 || sender.Sends.Count != agreements)
{
    Console.Error.WriteLine($"FAIL: expected {agreements} follow-ups sent once each; {sender.Sends.Count} sent, {duplicates} more than once.");
    return 1;
}
return 0;

static CaseSheet Sheet(string conversation) => new()
{
    ConversationId = conversation,
    Model = "JZT-Q5",
    ProductName = "燃气灶 Q5",
    Serial = "JQ500000001",
    Problem = "点火后火焰忽大忽小",
    Symptoms = ["IGNITION"],
    Wants = "repair",
    Phone = "+86 138-1234-5678",
    CoverageVerdict = "Covered",
};

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
}

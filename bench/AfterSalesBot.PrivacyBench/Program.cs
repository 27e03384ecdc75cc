// The privacy bench: the retention job on N expired conversations (default 100,000) in the embedded SQLite store, with
// the real turn pipeline running and a customer talking to the bot the whole time. Prints the pass's time, what it did,
// memory, and the customer's reply latency before and during the pass; fails if anything expired survives or a
// message goes unanswered.
// Usage: dotnet run -c Release --project bench/AfterSalesBot.PrivacyBench [-- --conversations 100000 --case-share 0.2]
using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.Privacy;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Search;
using AfterSalesBot.PrivacyBench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var conversations = (int)Arg("--conversations", 100_000);
var caseShare = Arg("--case-share", 0.2);
var folder = Path.Combine(Path.GetTempPath(), "asb-privacybench-" + Guid.NewGuid().ToString("N"));
var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder });
builder.AddBotStorage();
builder.AddConversations();
builder.AddBotChannels();
builder.AddSelfHostedDirectLine();
builder.Services.AddSingleton<AfterSalesBot.Knowledge.Import.KnowledgeImporter>();
builder.Services.AddKnowledgeSearch();
builder.Services.AddPurchaseLookup();
builder.Services.AddCaseDesk();
builder.Services.AddCasePrivacy();
using var host = builder.Build();
await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
await host.StartAsync();
var services = host.Services;
var botData = services.GetRequiredService<IDbContextFactory<BotDbContext>>();
var escalationData = services.GetRequiredService<IDbContextFactory<EscalationDbContext>>();

Console.WriteLine($"Privacy bench: {conversations:N0} expired conversations ({caseShare:P0} with a closed case), SQLite in {folder}, " +
    $"{Environment.ProcessorCount} cores, batch {services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PrivacyOptions>>().Value.Retention.BatchSize}");
var seeding = Stopwatch.StartNew();
await new Seeder(botData, escalationData, DateTimeOffset.UtcNow).SeedAsync(conversations, caseShare);
Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:N1} s; database {new FileInfo(Path.Combine(folder, "aftersalesbot.db")).Length / 1048576.0:N0} MB");

var customer = await LiveCustomer.StartAsync(services);
for (var i = 0; i < 50; i++) await customer.OneTurnAsync();
var baseline = customer.LatenciesMs.ToArray();
customer.LatenciesMs.Clear();

GC.Collect();
var process = Process.GetCurrentProcess();
process.Refresh();
var workingSetBefore = process.WorkingSet64;
var allocatedBefore = GC.GetTotalAllocatedBytes();
using var stop = new CancellationTokenSource();
var talking = customer.TalkAsync(TimeSpan.FromMilliseconds(100), stop.Token);
var wall = Stopwatch.StartNew();
var report = await services.GetRequiredService<RetentionPass>().RunAsync(CancellationToken.None);
wall.Stop();
await stop.CancelAsync();
await talking;
process.Refresh();

Console.WriteLine();
Console.WriteLine("| what | measured |");
Console.WriteLine("|---|---|");
Console.WriteLine($"| retention pass | {wall.Elapsed.TotalSeconds:N1} s ({report.Conversations / wall.Elapsed.TotalSeconds:N0} conversations/s) |");
Console.WriteLine($"| what it did | {report} |");
Console.WriteLine($"| memory | working set {workingSetBefore / 1048576.0:N0} MB before, {process.WorkingSet64 / 1048576.0:N0} MB after, peak {process.PeakWorkingSet64 / 1048576.0:N0} MB; {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:N0} MB allocated meanwhile (the pass and the customer polling for replies) |");
Console.WriteLine($"| replies before the pass | {Summary(baseline)} |");
Console.WriteLine($"| replies during the pass | {Summary([.. customer.LatenciesMs])}, {customer.Unanswered} unanswered |");

await using var check = botData.CreateDbContext();
var left = await check.Transcript.CountAsync(t => t.ConversationId.StartsWith("bench-"));
var notErased = await check.Conversations.CountAsync(c => c.Id.StartsWith("bench-") && c.ErasedAt == null);
await using var checkCases = escalationData.CreateDbContext();
var casesLeft = await checkCases.Cases.CountAsync(c => c.PersonalDataErasedAt == null);
Console.WriteLine($"| left behind | {left} transcript rows, {notErased} conversations not erased, {casesLeft} cases with contact data |");

await host.StopAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
return left == 0 && notErased == 0 && casesLeft == 0 && customer.Unanswered == 0 && report.Conversations == conversations ? 0 : 1;

static string Summary(double[] ms)
{
    if (ms.Length == 0) return "none";
    var sorted = ms.Order().ToArray();
    double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    return string.Create(CultureInfo.InvariantCulture, $"{sorted.Length} turns, p50 {P(0.5):N1} ms, p99 {P(0.99):N1} ms, max {sorted[^1]:N1} ms");
}

double Arg(string name, double fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

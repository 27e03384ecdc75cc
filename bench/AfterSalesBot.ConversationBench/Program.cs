using System.Runtime.InteropServices;
using AfterSalesBot.Bench.DirectLine;
using AfterSalesBot.Bench.Server;
using AfterSalesBot.ConversationBench;
using AfterSalesBot.ConversationBench.Options;
using AfterSalesBot.ConversationBench.Report;
using AfterSalesBot.ConversationBench.ScenarioFiles;
using AfterSalesBot.ConversationBench.Scoring;

// A measuring tool: it exits 0 whatever the scores, 1 only when the host could not be started (an
// unreadable scenario file is skipped and listed), 2 on bad flags or a missing scenarios folder.
ConversationBenchOptions options;
try
{
    options = OptionsParser.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"conversation bench: {e.Message}\n\n{OptionsParser.Usage}");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(OptionsParser.Usage);
    return 0;
}

using var stop = new CancellationTokenSource();
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
ServerProcess? server = null;
AppDomain.CurrentDomain.ProcessExit += (_, _) => server?.Kill();
try
{
    var folder = options.ScenariosFolder ?? Path.Combine(RepoLayout.Root(), "bench", "AfterSalesBot.ConversationBench", "Scenarios");
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"conversation bench: no scenarios folder {folder}; pass --scenarios <dir>.");
        return 2;
    }

    var (scenarios, unreadable) = ScenarioFolder.Load(folder, options.Set, options.Filter);
    foreach (var problem in unreadable)
        Console.Error.WriteLine($"conversation bench: skipped {problem}");
    if (scenarios.Count == 0)
    {
        Console.Error.WriteLine($"conversation bench: no scenarios in {folder} for --set {options.Set}{(options.Filter is null ? "" : $" --filter {options.Filter}")}");
        return 0;
    }

    Console.Error.WriteLine($"conversation bench: {scenarios.Count} scenario(s) in {folder} ({options.Set}); starting the host...");
    var dll = RepoLayout.RequireServer(options.ServerPath ?? RepoLayout.DefaultServerPath());
    server = await ServerProcess.StartAsync(dll, TimeSpan.FromSeconds(90), stop.Token);
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var client = new DirectLineClient(http, server.BaseUrl, server.Secret);
    var storage = new HostStorage(Path.Combine(server.DataDirectory, "aftersalesbot.db"));
    var results = await new BenchRun(client, storage, options.Parallel, options.Verbose, Console.Error, options.Typing).RunAsync(scenarios, stop.Token);
    TextReport.Write(results, Console.Out);
    if (unreadable.Count > 0)
        Console.WriteLine($"\nskipped {unreadable.Count} unreadable scenario file(s):\n  {string.Join("\n  ", unreadable)}");
    if (results.Any(r => r.Conversation.Failures > 0))
        Console.Error.WriteLine($"conversation bench: the host's last output lines:\n{server.OutputTail}");
    if (options.JsonPath is { } path)
        await JsonReport.WriteAsync(results, path, CancellationToken.None);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("conversation bench: cancelled");
    return 130;
}
catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or TimeoutException
    or InvalidDataException)
{
    Console.Error.WriteLine($"conversation bench: {e.Message}");
    return 1;
}
finally
{
    if (server is not null)
        await server.DisposeAsync();
}

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

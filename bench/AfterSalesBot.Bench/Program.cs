using System.Runtime.InteropServices;
using AfterSalesBot.Bench;
using AfterSalesBot.Bench.Options;
using AfterSalesBot.Bench.Report;
using AfterSalesBot.Bench.Server;

BenchOptions options;
try
{
    options = BenchOptionsParser.Parse(args);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"bench: {e.Message}\n\n{Usage.Text}");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(Usage.Text);
    return 0;
}

using var stop = new CancellationTokenSource();
// Ctrl+C, SIGTERM and SIGHUP cancel the run instead of ending the process, so the finally block
// below kills the server; whatever still escapes is caught by ProcessExit.
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
using var onHup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Cancel);
ServerUnderTest? server = null;
AppDomain.CurrentDomain.ProcessExit += (_, _) => server?.Kill();
try
{
    Console.Error.WriteLine("bench: starting the server...");
    server = await ServerUnderTest.StartOrAttachAsync(options, stop.Token);
    if (options.TurnsPerConversation > 0)
    {
        var bands = await new BenchRun(options, Console.Error).RunLongAsync(server, stop.Token);
        AfterSalesBot.Bench.Long.BandReport.Write(bands, options.LongConversations, Console.Out);
        return bands.Sum(b => b.Phase.Failed) > bands.Sum(b => b.Phase.Attempted) / 100 ? 1 : 0;
    }

    var report = await new BenchRun(options, Console.Error).RunAsync(server, stop.Token);
    ReportWriter.Write(report, Console.Out);
    if (options.JsonPath is { } path)
        await ReportJson.WriteAsync(report, path, CancellationToken.None);
    return report.TooManyFailures ? 1 : 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("bench: cancelled");
    return 130;
}
catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or TimeoutException)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    return 1;
}
catch (Exception e)
{
    Console.Error.WriteLine($"bench: failed: {e}");
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

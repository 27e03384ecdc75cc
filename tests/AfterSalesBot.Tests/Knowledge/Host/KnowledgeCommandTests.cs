using System.Diagnostics;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Knowledge.Import;

namespace AfterSalesBot.Tests.Knowledge.Host;

/// <summary><c>knowledge import|export</c> run as the operator runs them: the built host as a process.</summary>
public sealed class KnowledgeCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ImportsAGoodFolderThenFindsNothingToChange()
    {
        var (first, firstOutput) = await RunAsync("knowledge", "import", KnowledgeFixtures.Good);
        var (second, secondOutput) = await RunAsync("knowledge", "import", KnowledgeFixtures.Good);
        var export = Path.Combine(_data, "export.json");
        var (exported, exportOutput) = await RunAsync("knowledge", "export", export);

        Assert.True(first == 0, firstOutput);
        Assert.Contains($"Data: {Path.Combine(_data, "aftersalesbot.db")}", firstOutput);
        Assert.Matches(@"purchases\s+3\s+0\s+0", firstOutput);
        Assert.Matches(@"total\s+15\s+0\s+0", firstOutput);
        Assert.Equal(0, second);
        Assert.Matches(@"total\s+0\s+0\s+15", secondOutput);
        Assert.True(exported == 0, exportOutput);
        Assert.Contains("JQ500000002", await File.ReadAllTextAsync(export));
    }

    [Fact]
    public async Task ABadFolderFailsWithEveryErrorAndWritesNothing()
    {
        var (code, output) = await RunAsync("knowledge", "import", KnowledgeFixtures.Bad);
        var (dryRun, dryRunOutput) = await RunAsync("knowledge", "import", KnowledgeFixtures.Good, "--dry-run");

        Assert.Equal(1, code);
        Assert.Contains("2-records.json: purchases[XX-BAD].serial: ", output);
        Assert.Contains("nothing was written", output);
        // The failed import left nothing behind: a dry run of the good data would still insert all of it.
        Assert.Equal(0, dryRun);
        Assert.Matches(@"total\s+15\s+0\s+0", dryRunOutput);
    }

    [Fact]
    public async Task WrongUsageExitsWithTwo()
    {
        var (code, output) = await RunAsync("knowledge", "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        Directory.CreateDirectory(_data);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _data,
            Environment =
            {
                ["Storage__DataDirectory"] = _data,
                ["Logging__LogLevel__Default"] = "Warning",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        start.ArgumentList.Add(RepoPaths.BotDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// Runs one of the DirectLineJS scenario scripts (tests/AfterSalesBot.Tests/Clients/js) with Node, from the
/// source tree so that <c>require</c> finds the repository's node_modules. A script prints one JSON line.
/// </summary>
public sealed record NodeScriptRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string Transcript => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

    /// <summary>The result line, or a failed assertion that shows everything the script said.</summary>
    public JsonObject Result()
    {
        Assert.True(ExitCode == 0, "The script failed.\n" + Transcript);
        var line = StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        Assert.True(line is not null, "The script printed no result.\n" + Transcript);
        return JsonNode.Parse(line!) as JsonObject ?? throw new Xunit.Sdk.XunitException("The result is not a JSON object.\n" + Transcript);
    }
}

public static class NodeScript
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "AfterSalesBot.Tests", "Clients", "js");

    public static async Task<NodeScriptRun> RunAsync(
        string script, BotServer server, IEnumerable<string>? arguments = null, TimeSpan? timeout = null)
    {
        if (!System.IO.Directory.Exists(Path.Combine(RepoPaths.NodeModules, "botframework-directlinejs")))
            throw new InvalidOperationException($"Run `npm ci` in {RepoPaths.Root} first: {RepoPaths.NodeModules} has no botframework-directlinejs.");

        var limit = timeout ?? TimeSpan.FromSeconds(90);
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(Directory, script), server.BaseUrl.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        foreach (var argument in arguments ?? []) start.ArgumentList.Add(argument);
        start.Environment["ASB_SECRET"] = BotServer.Secret;
        // The script's own deadline fires first, so its report (with the request log) is what we see.
        start.Environment["ASB_TIMEOUT_MS"] = ((int)(limit - TimeSpan.FromSeconds(10)).TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (error) error.AppendLine($"[killed after {limit.TotalSeconds} s]");
        }
        process.WaitForExit(); // flushes the redirected streams
        lock (output) lock (error) return new NodeScriptRun(process.ExitCode, output.ToString(), error.ToString());
    }
}

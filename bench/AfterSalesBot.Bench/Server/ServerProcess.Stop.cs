namespace AfterSalesBot.Bench.Server;

public sealed partial class ServerProcess
{
    /// <summary>Kills the process tree without waiting; safe to call at any time, even after disposal.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }

    /// <summary>Kills the tree, waits for it, deletes the data directory. Idempotent and never throws.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        try
        {
            if (!_process.HasExited)
            {
                Kill();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // already gone, or not reaped in time: nothing more to do from here
        }

        try
        {
            if (_data.Exists)
                _data.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a file still held open; the temp directory is cleaned by the OS
        }

        _process.Dispose();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>What the throwaway servers (PostgreSQL, Redis) need from the machine: a free loopback port, a live process.</summary>
internal static class LocalProcesses
{
    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

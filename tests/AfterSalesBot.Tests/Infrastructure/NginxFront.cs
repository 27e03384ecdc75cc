using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// Debian's nginx in front of host instances on loopback, as a load balancer in a deployment: round robin over them,
/// WebSocket upgrades proxied, a dead instance skipped (<c>proxy_next_upstream error timeout</c> after a short connect
/// timeout). Writes (POST) and reads (GET, WebSocket) are balanced by two identical round-robin pools, so a customer's
/// successive messages land on successive instances however often the client polls in between. Runs in the foreground from a temporary folder holding its configuration, pid, logs and buffers; killed and
/// deleted when disposed. The access log names the instance that served each request.
/// </summary>
public sealed class NginxFront : IAsyncDisposable
{
    private readonly string _folder;
    private readonly Process _process;

    private NginxFront(string folder, Process process, Uri baseUrl)
    {
        _folder = folder;
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<NginxFront> StartAsync(IEnumerable<Uri> instances)
    {
        var folder = Directory.CreateTempSubdirectory("asb-nginx-").FullName;
        var port = FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Configuration(folder, port, instances));
        var start = new ProcessStartInfo(Binary)
        {
            ArgumentList = { "-p", folder, "-c", config },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var front = new NginxFront(folder, process, new Uri($"http://127.0.0.1:{port}"));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await front.AcceptsAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
                await front.DisposeAsync();
                throw new InvalidOperationException($"nginx never listened on {port}: {await process.StandardError.ReadToEndAsync()}{log}");
            }
            await Task.Delay(50);
        }
        return front;
    }

    /// <summary>The instance (host:port; several, comma-separated, when nginx skipped a dead one) that served each request whose path contains <paramref name="pathPart"/>,
    /// in order, with the method: what nginx wrote to its access log.</summary>
    public IReadOnlyList<(string Method, string Upstream, int Status)> Served(string pathPart)
    {
        var log = Path.Combine(_folder, "access.log");
        if (!File.Exists(log)) return [];
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<(string, string, int)>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts.Length >= 4 && parts[1].Contains(pathPart, StringComparison.Ordinal))
                lines.Add((parts[0], string.Join(' ', parts[3..]), int.Parse(parts[2], CultureInfo.InvariantCulture)));
        }
        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string Binary => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    private static string Configuration(string folder, int port, IEnumerable<Uri> instances)
    {
        var servers = new StringBuilder();
        foreach (var instance in instances) servers.Append(CultureInfo.InvariantCulture, $"        server 127.0.0.1:{instance.Port} max_fails=1 fail_timeout=5s;\n");
        // As root the workers would switch to "nobody", who cannot write the temporary folder.
        var user = Environment.UserName == "root" ? "user root root;\n" : "";
        return $$"""
            {{user}}daemon off;
            master_process on;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                log_format upstream '$request_method $request_uri $status $upstream_addr';
                access_log {{folder}}/access.log upstream;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                map $request_method $pool { POST writes; default reads; }
                upstream writes {
            {{servers}}    }
                upstream reads {
            {{servers}}    }
                server {
                    listen 127.0.0.1:{{port}};
                    client_max_body_size 20m;
                    location / {
                        proxy_pass http://$pool;
                        proxy_http_version 1.1;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_connect_timeout 1s;
                        proxy_read_timeout 120s;
                        proxy_next_upstream error timeout;
                        proxy_buffering off;
                    }
                }
            }
            """;
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, BaseUrl.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

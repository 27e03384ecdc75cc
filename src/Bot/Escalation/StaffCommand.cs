using AfterSalesBot.Bot.Data;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Staff;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Escalation;

/// <summary>
/// <c>staff add|password|list</c>: console accounts from the command line, on the built host's configuration and
/// database (migrated first), without starting the web server. This is how the first admin is created. The password is
/// never an argument (it would stay in the shell history): it comes from <c>ASB_STAFF_PASSWORD</c> or standard input.
/// Exit codes: 0 done, 1 refused, 2 wrong usage.
/// </summary>
public sealed class StaffCommand
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int WrongUsage = 2;
    public const string PasswordVariable = "ASB_STAFF_PASSWORD";

    private const string Usage = """
        Usage:
          staff add <user-name> --role Admin|Supervisor|Agent[,…] [--name "Display Name"] [--capacity 5] [--language en|zh] [--time-zone Europe/Berlin]
          staff password <user-name>
          staff list
        The password is read from the environment variable ASB_STAFF_PASSWORD, or else from the first line of standard input.
        """;

    private static readonly string[] Options = ["--role", "--name", "--capacity", "--language", "--time-zone"];
    private readonly List<string> _positional;
    private readonly Dictionary<string, string> _options;
    private readonly bool _malformed;

    private StaffCommand(List<string> positional, Dictionary<string, string> options, bool malformed, string[] hostArgs)
    {
        _positional = positional;
        _options = options;
        _malformed = malformed;
        HostArgs = hostArgs;
    }

    /// <summary>The arguments left for the host's configuration (<c>--Key=value</c>).</summary>
    public string[] HostArgs { get; }

    public static StaffCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "staff") return null;
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var hostArgs = new List<string>();
        var malformed = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (Options.Contains(args[i]))
            {
                if (i + 1 >= args.Length) malformed = true;
                else options[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal)) hostArgs.Add(args[i]);
            else positional.Add(args[i]);
        }
        return new StaffCommand(positional, options, malformed, [.. hostArgs]);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, CancellationToken ct)
    {
        var verb = _positional.ElementAtOrDefault(0);
        var valid = !_malformed && verb switch
        {
            "add" => _positional.Count == 2 && _options.ContainsKey("--role"),
            "password" => _positional.Count == 2 && _options.Count == 0,
            "list" => _positional.Count == 1 && _options.Count == 0,
            _ => false,
        };
        if (!valid)
        {
            await output.WriteLineAsync(Usage);
            return WrongUsage;
        }
        await output.WriteLineAsync(services.GetRequiredService<IOptions<StorageOptions>>().Value.Describe());
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        var directory = services.GetRequiredService<StaffDirectory>();
        var audit = services.GetRequiredService<AuditLog>();
        return verb switch
        {
            "add" => await AddAsync(directory, audit, input, output, ct),
            "password" => await PasswordAsync(directory, audit, input, output, ct),
            _ => await ListAsync(directory, output, ct),
        };
    }

    private async Task<int> AddAsync(StaffDirectory directory, AuditLog audit, TextReader input, TextWriter output, CancellationToken ct)
    {
        var userName = _positional[1];
        var roles = StaffRoles.Parse(_options["--role"]);
        var capacity = 5;
        if (_options.TryGetValue("--capacity", out var text) && !int.TryParse(text, out capacity))
        {
            await output.WriteLineAsync($"--capacity must be a whole number, not '{text}'.");
            return WrongUsage;
        }
        var account = new NewStaffAccount(userName, _options.GetValueOrDefault("--name") ?? userName, await ReadPasswordAsync(input), roles, capacity,
            Language: _options.GetValueOrDefault("--language") ?? "en", TimeZone: _options.GetValueOrDefault("--time-zone"));
        if (StaffDirectory.Validate(account) is { } problem)
        {
            await output.WriteLineAsync(problem);
            return Failed;
        }
        if (!await directory.CreateAsync(account, ct))
        {
            await output.WriteLineAsync($"There is already an account '{StaffDirectory.Normalize(userName)}'; use 'staff password' to reset its password.");
            return Failed;
        }
        await audit.WriteAsync("command-line", AuditActions.AccountCreated, StaffDirectory.Normalize(userName), string.Join(",", roles), ct: ct);
        await output.WriteLineAsync($"Created '{StaffDirectory.Normalize(userName)}' ({string.Join(", ", roles)}). Sign in at /console.");
        return Succeeded;
    }

    private async Task<int> PasswordAsync(StaffDirectory directory, AuditLog audit, TextReader input, TextWriter output, CancellationToken ct)
    {
        var password = await ReadPasswordAsync(input);
        if (password is null || StaffDirectory.PasswordProblem(password) is not null)
        {
            await output.WriteLineAsync(StaffDirectory.PasswordProblem(password ?? "") ?? "A password is required.");
            return Failed;
        }
        if (!await directory.SetPasswordAsync(_positional[1], password, ct))
        {
            await output.WriteLineAsync($"There is no account '{StaffDirectory.Normalize(_positional[1])}'.");
            return Failed;
        }
        await audit.WriteAsync("command-line", AuditActions.AccountChanged, StaffDirectory.Normalize(_positional[1]), "password set", ct: ct);
        await output.WriteLineAsync("Password changed; the account is unlocked.");
        return Succeeded;
    }

    private static async Task<int> ListAsync(StaffDirectory directory, TextWriter output, CancellationToken ct)
    {
        foreach (var a in await directory.ListAsync(ct))
            await output.WriteLineAsync($"{a.UserName,-24} {a.DisplayName,-24} {a.Roles,-24} capacity {a.Capacity}{(a.Disabled ? "  (disabled)" : "")}");
        return Succeeded;
    }

    private static async Task<string?> ReadPasswordAsync(TextReader input)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        var line = await input.ReadLineAsync();
        return string.IsNullOrEmpty(line) ? null : line.TrimEnd('\r', '\n');
    }
}

using System.Text;

namespace AfterSalesBot.Escalation.Console;

/// <summary>File names for downloads, built from ids that may hold anything (conversation ids carry '|', ':', '@').
/// Only ASCII letters, digits, '-', '_' and '.' survive, never a leading dot, so the name is safe in a
/// Content-Disposition header and on every file system.</summary>
public static class DownloadName
{
    public const int MaxLength = 100;

    /// <param name="stem">The id the file is about; when nothing of it survives, <paramref name="fallback"/>.</param>
    /// <param name="extension">With its dot, e.g. ".csv".</param>
    public static string For(string? stem, string extension, string fallback = "download")
    {
        var safeStem = Clean(stem).TrimStart('.');
        if (safeStem.Length == 0) safeStem = fallback;
        if (safeStem.Length > MaxLength) safeStem = safeStem[..MaxLength];
        return safeStem + Clean(extension);
    }

    private static string Clean(string? value)
    {
        var kept = new StringBuilder();
        foreach (var c in value ?? "")
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') kept.Append(c);
        return kept.ToString();
    }
}

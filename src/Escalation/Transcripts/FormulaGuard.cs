using System.Globalization;

namespace AfterSalesBot.Escalation.Transcripts;

/// <summary>
/// Keeps a spreadsheet from running a CSV cell as a formula. Spreadsheets skip leading blanks and invisible characters
/// (zero-width space, byte-order mark) and read full-width signs as their ASCII twins, and where the list separator is
/// a semicolon they split a cell at each <c>;</c>. So every semicolon-separated part whose first visible character is
/// = + - @ (ASCII or full-width), or that starts with a tab, CR or LF, gets an apostrophe in front: the spreadsheet then
/// shows the text as typed.
/// </summary>
public static class FormulaGuard
{
    public static string Disarm(string value)
    {
        if (value.IndexOf(';') < 0) return IsTrigger(value) ? "'" + value : value;
        var parts = value.Split(';');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
            if (IsTrigger(parts[i]))
            {
                parts[i] = "'" + parts[i];
                changed = true;
            }
        return changed ? string.Join(';', parts) : value;
    }

    private static bool IsTrigger(string part)
    {
        if (part.Length == 0) return false;
        if (part[0] is '\t' or '\r' or '\n') return true;
        foreach (var c in part)
        {
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            return c is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠';
        }
        return false;
    }
}

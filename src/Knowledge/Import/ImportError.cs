namespace AfterSalesBot.Knowledge.Import;

/// <summary>
/// One problem found in an import. <see cref="Record"/> is the section and natural key (<c>products[JZT-Q5]</c>),
/// or the section and 0-based position when the key is missing (<c>purchases[#12]</c>), or <c>document</c> /
/// <c>line N</c> for problems with the file itself.
/// </summary>
public sealed record ImportError(string File, string Record, string Field, string Message)
{
    public override string ToString() => $"{File}: {Record}.{Field}: {Message}";
}

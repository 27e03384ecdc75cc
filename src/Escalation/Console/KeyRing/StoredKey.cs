namespace AfterSalesBot.Escalation.Console.KeyRing;

/// <summary>
/// One ASP.NET Core data-protection key (the XML the key manager writes), kept in the database so that every instance
/// of the host reads the same key ring: a console sign-in cookie or a form's antiforgery token made on one instance is
/// accepted on the others (ADR 0025).
/// </summary>
public sealed class StoredKey
{
    public int Id { get; set; }

    /// <summary>The name the key manager gives the element ("key-{guid}").</summary>
    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}

using System.Xml.Linq;
using AfterSalesBot.Escalation.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Console.KeyRing;

/// <summary>
/// The data-protection key ring in the Escalation tables. The key manager calls it rarely (at start, when a key is
/// about to expire, every 24 hours), so plain synchronous reads and writes are fine. Two instances that create a key
/// at the same moment each store their own; the key manager then uses the one with the latest activation, on both.
/// </summary>
internal sealed class DatabaseKeyRepository(IDbContextFactory<EscalationDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.Set<StoredKey>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.Set<StoredKey>().Add(new StoredKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

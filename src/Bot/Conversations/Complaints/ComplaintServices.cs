using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>What a complaint turn needs from the rest of the product, in one place.</summary>
public sealed record ComplaintServices(
    IUtteranceInterpreter Interpreter,
    CatalogNames Catalog,
    PurchaseLookup Purchases,
    ICaseDesk Desk,
    IFollowUpDesk FollowUps,
    KnowledgeSearch Search,
    IOptions<ComplaintOptions> Options);

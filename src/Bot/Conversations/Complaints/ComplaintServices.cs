using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Language;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>What a complaint turn needs from the rest of the product, in one place.</summary>
/// <param name="Interpreter">The synchronous interpreter, for a card's fields; messages go through <paramref name="Understanding"/>.</param>
public sealed record ComplaintServices(
    IUtteranceInterpreter Interpreter,
    IUnderstanding Understanding,
    IComplaintWording Wording,
    ModelTurns ModelTurns,
    CatalogNames Catalog,
    PurchaseLookup Purchases,
    ICaseDesk Desk,
    IFollowUpDesk FollowUps,
    KnowledgeSearch Search,
    IOptions<ComplaintOptions> Options,
    CustomerDataRights Rights,
    IOptions<AfterSalesBot.Escalation.EscalationOptions> Escalation);

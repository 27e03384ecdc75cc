using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The complaint procedure's steps (DOMAIN.md §2), as the flow's states.</summary>
public enum ComplaintStep
{
    Idle,
    Listening,
    Confirming,
    Gathering,
    AwaitingAgreement,
    Agreed,
    Escalated,
    Abandoned,

    /// <summary>The follow-up asked whether the problem was solved.</summary>
    FollowingUp,

    /// <summary>Solved: the satisfaction survey (1–5 and a comment) is open.</summary>
    Rating,

    /// <summary>The follow-up is done (rated, or closed unconfirmed).</summary>
    FollowedUp,

    /// <summary>The superstate Listening, Confirming, Gathering and AwaitingAgreement share; never a current step.</summary>
    InComplaint = 100,
}

/// <summary>The facts question being asked, one at a time (DOMAIN.md §4).</summary>
public enum FactQuestion
{
    None,
    Product,
    Serial,
    Started,
    Circumstances,
    Wants,
    Phone,
}

/// <summary>
/// Everything the flow remembers between turns, persisted as the conversation's state (JSON). The step is the
/// state machine's state; the rest is the fact sheet being filled in and the remedies already discussed.
/// </summary>
public sealed class ComplaintState
{
    public ComplaintStep Step { get; set; } = ComplaintStep.Idle;
    public string Language { get; set; } = "en";

    /// <summary>Whether <see cref="Language"/> is the one the customer wrote in (not yet the browser's): from then on it
    /// changes only when they go on in the other language (<c>LanguageDetector.Follow</c>).</summary>
    public bool LanguageWritten { get; set; }

    public bool Greeted { get; set; }

    /// <summary>How often the greeting was said again to a message with nothing in it ("ok", "好"): the wording alternates.</summary>
    public int GreetedAgain { get; set; }

    /// <summary>The customer's time zone as their channel last sent it (Web Chat's localTimezone): times said in turns
    /// and desk notices that carry none are in it.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Tokens the language model used for this conversation so far (0 without a model).</summary>
    public int ModelTokens { get; set; }
    public List<string> Heard { get; set; } = [];
    public FactQuestion Asking { get; set; }
    public int FailedAnswers { get; set; }

    /// <summary>A fingerprint (not the text) of the customer's words the bot last answered as a question, kept for one turn:
    /// the same words sent again right after are an answer to the question asked, never the same article again (a loop).</summary>
    public string? QuestionAnswered { get; set; }
    public bool CardOffered { get; set; }

    public string? Model { get; set; }

    /// <summary>The customer named a kind of product that fits several models; the serial will say which.</summary>
    public bool ProductMentioned { get; set; }
    public string? Serial { get; set; }
    public string? OrderNumber { get; set; }
    public DateOnly? SaleDate { get; set; }
    public List<string> Symptoms { get; set; } = [];
    public DateOnly? StartedOn { get; set; }

    /// <summary>The start date came from vague words or a duration (前几天, "for 2 weeks"): a conventional day, not a known one.</summary>
    public bool StartedApproximate { get; set; }

    /// <summary>The start held was only a date beside the fault, without a start's words ("漏水，三个礼拜"): a start said with them
    /// at the restatement replaces it.</summary>
    public bool StartedUncued { get; set; }
    public bool StartedAsked { get; set; }

    /// <summary>Answers to the offer in a row that changed a deciding fact, so the offer was decided again each time.</summary>
    public int RedecidedInARow { get; set; }

    /// <summary>A hedged no to the only remedy the policy gives was answered by saying it is the only one (round 19's "I'd rather
    /// not…", 不太想…); the next no goes to a colleague.</summary>
    public bool OnlyOfferExplained { get; set; }

    /// <summary>Remarks about the bot itself ("you don't understand", 听不懂) answered with an apology in this complaint.</summary>
    public int BotRemarks { get; set; }
    public Dictionary<string, bool> Causes { get; set; } = [];

    /// <summary>Cost-shifting circumstances the customer's words suggested outside the circumstances question: never
    /// counted until the customer answers a plain yes/no about them.</summary>
    public List<string> SuspectedCauses { get; set; } = [];

    /// <summary>A force majeure named in words that are more than weather (lightning, a flood); weather alone ("it was the storm")
    /// beside a surge is the surge's occasion, so only VOLTAGE counts (round 96).</summary>
    public bool DisasterNamed { get; set; }

    /// <summary>Weather was named as the occasion (a storm, 打雷), see <see cref="DisasterNamed"/>.</summary>
    public bool WeatherNamed { get; set; }

    /// <summary>The customer said we got something wrong: facts in the next message replace the ones held.</summary>
    public bool Correcting { get; set; }

    /// <summary>Listening replies given so far in this complaint, so the next one differs.</summary>
    public int ListenReplies { get; set; }

    /// <summary>The bot offered a person in its last reply: "yes" / 好的 takes it.</summary>
    public bool PersonOffered { get; set; }

    /// <summary>The customer could not find the serial and was told where it is: the next "I don't know" goes to a person.</summary>
    public bool SerialHelped { get; set; }

    /// <summary>The customer asked for a lower price and was told the fee is the schedule's: a second ask goes to a supervisor.</summary>
    public bool AskedForDiscount { get; set; }

    /// <summary>The customer said the fault was there before the sale ("dripping in the shop before we bought it", 买之前就):
    /// a rough start before the sale is then no rough count of the sale day (coverage rule 1 decides).</summary>
    public bool BeforeSaleSaid { get; set; }

    /// <summary>A bare "转人工" came first and the customer was asked once what it is about; asking again passes them on.</summary>
    public bool PersonAskedFirst { get; set; }

    /// <summary>"Can someone call him?" while the story was still being told: answered yes, the facts taken first.</summary>
    public bool CallBackAsked { get; set; }

    /// <summary>A person asked for while the facts were being taken: promised, the facts and the warranty answer taken first
    /// (ADR 0068); asking again, or at the offer, passes them on.</summary>
    public bool PersonAfterTheFacts { get; set; }

    /// <summary>A thank-you with no yes in it was answered at the offer with "is that a yes?"; the next one is the yes.</summary>
    public bool ThanksAtTheOfferAsked { get; set; }

    /// <summary>The person promised after the facts was recalled before the first offer (once).</summary>
    public bool PersonRecalled { get; set; }

    /// <summary>The decision behind a paid offer was questioned once and explained again ("surely that counts as warranty?"):
    /// a second time is answered as what it is.</summary>
    public bool VerdictExplained { get; set; }

    /// <summary>The customer said yes to the circumstances question without saying which: asked once which one.</summary>
    public bool AskedWhichCircumstance { get; set; }

    /// <summary>A cancel said in frustration ("算了，太麻烦") was answered "shall we carry on?": the next message decides.</summary>
    public bool CancelCheck { get; set; }

    /// <summary>That question was asked once: a second cancel stops at once.</summary>
    public bool CancelChecked { get; set; }

    /// <summary>"Take your time" was said once while the customer looked for something; next time the question is asked again.</summary>
    public bool ToldToTakeTime { get; set; }

    /// <summary>A closing thank-you came while a fact was still asked for, and the customer heard what is still needed (once).</summary>
    public bool StillNeededSaid { get; set; }

    /// <summary>A plea to be seen sooner was answered once (the reason goes with the case, the earliest time is arranged).</summary>
    public bool SoonerAnswered { get; set; }

    /// <summary>"Is that normal?" about the fault was answered once (taken as a fault; everyday use never counts against them).</summary>
    public bool NormalAnswered { get; set; }

    /// <summary>A confession in scorn to the plain question was asked about once more, plainly.</summary>
    public bool PlainAnswerAsked { get; set; }

    /// <summary>The problem was restated once already: the apology is not repeated.</summary>
    public bool Restated { get; set; }

    /// <summary>The last reply that asked to confirm the restatement: a fragment that changes nothing gets a shorter one instead
    /// of the same sentence again (round 28: "left one", "clicks", 左边那个, 咔咔响).</summary>
    public string? LastConfirmReply { get; set; }

    /// <summary>The restatement that reply carried (or pointed at).</summary>
    public string? LastRestatement { get; set; }

    /// <summary>How often the restatement was turned down: the third time the customer's own words stand (never a loop).</summary>
    public int ConfirmRejections { get; set; }

    /// <summary>"that's all" / 就是这样 already answered the restatement once: said again, it confirms (round 22).</summary>
    public bool DoneAtConfirm { get; set; }

    /// <summary>"I don't remember" when the start decides the warranty was met once with "roughly when?"; the next one stands.</summary>
    public bool StartedRoughlyAsked { get; set; }

    /// <summary>The last serial or order number that was well formed but not on record: given again, a colleague looks for it.</summary>
    public string? UnknownSerial { get; set; }

    /// <summary>A ticket number that is not ours was answered once ("I can't find AS-518347 here").</summary>
    public bool ForeignTicketAnswered { get; set; }

    /// <summary>The customer turned down the last offer and wants nothing more ("too expensive, I'll buy a new one"): a person
    /// was offered, and "no" closes the complaint without a case.</summary>
    public bool DeclinedAll { get; set; }

    /// <summary>The product line of the purchase (software lines are never asked about drops or water).</summary>
    public string? LineCode { get; set; }

    /// <summary>A consumable the customer named as the problem (TONER, DRUM, INK, RIBBON…), as the product codes it.</summary>
    public string? PartCode { get; set; }
    public bool CircumstancesAsked { get; set; }
    public string? Wants { get; set; }

    /// <summary>The wish was said while telling the story (asked about once before an offer when it is a refund or a replacement).</summary>
    public bool WishFromStory { get; set; }

    /// <summary>The policy's return or exchange days, the longer (a wish from the story is asked about inside them).</summary>
    public int ChoiceDays { get; set; }

    /// <summary>The wish question was asked (a story's wish is asked about only once).</summary>
    public bool WishAsked { get; set; }
    public decimal? AmountAsked { get; set; }

    /// <summary>Money asked on top of the wish ("修好，还要赔偿损失"): on the case sheet, and answered beside the offer.</summary>
    public bool CompensationToo { get; set; }

    /// <summary>A sum far beyond the goodwill cap was declined once; insisting goes to a person.</summary>
    public bool CompensationDeclined { get; set; }

    /// <summary>The money asked was answered as a colleague's decision (<c>Offer.CompensationNoted</c>); asked again at a
    /// refund's offer it goes to a person.</summary>
    public bool CompensationNoted { get; set; }

    /// <summary>A counter-offer at the offer ("what if I pay half?", 打个折行不行) was answered once (<c>Offer.Bargain</c>); made
    /// again, a colleague decides.</summary>
    public bool BargainAnswered { get; set; }

    /// <summary>A longer warranty was asked for (a supervisor's approval, DOMAIN.md §6), and whether that was answered once
    /// (<c>Offer.ExtensionNoted</c>); asked again at the offer, a person decides.</summary>
    public bool ExtensionAsked { get; set; }

    public bool ExtensionNoted { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>The customer gave no phone or e-mail after being asked twice: we answer in the chat.</summary>
    public bool ContactSkipped { get; set; }
    public int Anger { get; set; }
    public bool Urgent { get; set; }

    /// <summary>The customer said it is a quality fault; beside a confirmed circumstance the cause is disputed (rule 5).</summary>
    public bool QualityClaimed { get; set; }

    /// <summary>The customer said our repairs did not last, without naming the fault (round 83): the unit's repaired fault is
    /// weighed when no other is known.</summary>
    public bool BackAfterOurRepairs { get; set; }

    /// <summary>…and said it is the same fault: the unit's repaired faults are weighed beside those named (round 83).</summary>
    public bool SameFaultAsOurRepairs { get; set; }

    /// <summary>The customer said our service failed them (an engineer who never came, a call-back never made): money asked
    /// beside the fix comes first (ADR 0071).</summary>
    public bool OurServiceFailed { get; set; }

    /// <summary>A consumable named in the message that wished for money ("赔衬衫 换粉盒"): the part is asked for beside the money.</summary>
    public bool PartAskedBesideMoney { get; set; }

    /// <summary>A serial we said belongs to another product; given again, it names the product (round 81).</summary>
    public string? MismatchedSerial { get; set; }

    public bool HasPhoto { get; set; }

    public string? Zone { get; set; }
    public int? FirstReplyHours { get; set; }
    public int? SolutionHours { get; set; }
    public int? EmergencyHours { get; set; }
    public decimal? GoodwillCap { get; set; }

    /// <summary>Money for a loss within the goodwill cap, asked beside the offer and granted by the bot (coverage rules, "After
    /// the verdict"); recorded with the agreement.</summary>
    public decimal? GoodwillAdded { get; set; }
    public string? Verdict { get; set; }
    public List<SheetReasonData> Reasons { get; set; } = [];

    /// <summary>Earlier repairs of the same fault on this unit, from the coverage decision (a repeat failure when above 0).</summary>
    public int SameFaultRepairs { get; set; }

    /// <summary>Remedies the bot may grant, in the order the coverage decision ranked them.</summary>
    public List<OfferedRemedy> Offers { get; set; } = [];

    /// <summary>Remedies that need a colleague (staff or supervisor) to grant.</summary>
    public List<OfferedRemedy> NeedApproval { get; set; } = [];
    public List<OfferedRemedy> Refused { get; set; } = [];
    public int OfferIndex { get; set; }
    public int Rejections { get; set; }
    public string? CaseNumber { get; set; }
    public string? PolicyCode { get; set; }
    public int PolicyVersion { get; set; }
    public DateTimeOffset? OfferedAt { get; set; }

    /// <summary>The escalated case an agent handed back to the bot; while set, "a person" goes back to its owner.</summary>
    public string? HandedBackCase { get; set; }

    /// <summary>The agent who handed the conversation back.</summary>
    public string? HandedBackBy { get; set; }

    /// <summary>This complaint's offers and the customer's answers (the handling agreement), until the desk has them: written
    /// with the case when one is opened, or reported at once while a handed-back case exists.</summary>
    public List<OfferLogEntry> OfferLog { get; set; } = [];

    /// <summary>A case-status check waiting for the customer's next message (the number, or the phone digits).</summary>
    public PendingStatusCheck? StatusCheck { get; set; }

    /// <summary>An erasure request waiting for the customer's confirmation (ComplaintConversation.Privacy).</summary>
    public PendingErasure? Erasure { get; set; }
    /// <summary>The case the follow-up is about, from the question until a new complaint starts.</summary>
    public string? FollowUpCase { get; set; }

    /// <summary>Follow-up items already spoken (the last few), so a send repeated after a crash says nothing twice.</summary>
    public List<Guid> FollowUpsDone { get; set; } = [];

    /// <summary>Answers to the follow-up question or the survey that were not understood.</summary>
    public int FollowUpMisses { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ComplaintState Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new ComplaintState();
        try
        {
            return JsonSerializer.Deserialize<ComplaintState>(json, Json) ?? new ComplaintState();
        }
        catch (JsonException)
        {
            return new ComplaintState(); // state from an older build: start afresh rather than fail every turn
        }
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Forget the complaint but keep who the customer is and how they speak.</summary>
    public ComplaintState Restart() => new() { Language = Language, LanguageWritten = LanguageWritten, Greeted = Greeted, TimeZone = TimeZone, Phone = Phone, Email = Email, ModelTokens = ModelTokens };
}

public sealed record SheetReasonData(string Code, string Text);

/// <summary>A remedy as offered: what, at what cost, how fast, granted by whom.</summary>
/// <param name="OfferedBy">The agent who chose it when handing back; null when the bot offered it.</param>
public sealed record OfferedRemedy(string Kind, decimal Cost, string Currency, int? ServiceHours, string GrantedBy, string Description,
    string? OfferedBy = null);

/// <summary>One remedy offered and the customer's answer, as the conversation remembers it until the desk has it.</summary>
public sealed class OfferLogEntry
{
    public Guid Id { get; init; }

    /// <summary><c>bot</c>, or the agent who chose the remedy when handing back.</summary>
    public required string OfferedBy { get; init; }
    public required OfferedRemedy Remedy { get; init; }
    public string PolicyCode { get; init; } = "";
    public int PolicyVersion { get; init; }
    public DateTimeOffset OfferedAt { get; init; }

    /// <summary>Accepted or Refused (<c>RemedyAnswers</c>); null while open.</summary>
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Already on the desk as it stands now.</summary>
    public bool Reported { get; set; }
}

/// <param name="Number">The case asked about; null while the bot waits for the number.</param>
public sealed record PendingStatusCheck(string? Number);

/// <param name="PhoneLastFour">The digits the customer must send to confirm; null when no phone is on file ("yes" confirms).</param>
public sealed record PendingErasure(string? PhoneLastFour);

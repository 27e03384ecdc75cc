using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>
    /// Money asked beside the remedy on the table ("修是应该的，损失你们要赔，至少两千", "we want 1500 for the lost day"): the
    /// remedy is not withdrawn and the same offer is not put again. A sum far beyond the goodwill cap gets a clear, polite no
    /// with the offer still standing, once (DOMAIN.md §5: "customer unreasonable"); otherwise, or when the customer insists,
    /// a person decides (above the cap is a supervisor's approval, DOMAIN.md §7). True when the turn is done.
    /// </summary>
    private async Task<bool> MoneyBesideTheOfferAsync(CancellationToken ct)
    {
        if (_state.OfferIndex >= _state.Offers.Count) return false;
        var offer = _state.Offers[_state.OfferIndex];
        if (offer.Kind is nameof(RemedyKind.Goodwill) or nameof(RemedyKind.Discount))
        {
            if (!AsksMoreThanTheMoneyOffered()) return false;
            await EscalateAsync(EscalationReason.BeyondBotAuthority, "Escalated.Compensation", ct);
            return true;
        }
        // "the new heater yes, but I'm not dropping the 1500" after money was asked: still money beside the offer (round 34).
        // "退可以，那200安装费也得一起退" (round 56 hold-out): the money answered once, named again beside the yes.
        var again = _state.CompensationNoted && MoneyNamedAgain.IsMatch(_text);
        var asksMoney = _said.CompensationToo || again || _said.Wants == DesiredOutcome.Compensation
            && (_said.AmountAsked is not null || _state.CompensationNoted || _state.CompensationDeclined || _state.GoodwillAdded is not null);
        if (!asksMoney) return false;
        var asked = _said.AmountAsked ?? _state.AmountAsked;
        // The sum already granted beside the fix, named again: "yes, with the 150" agrees; 柜子那80块呢 (round 122) is told it is on
        // the case, never a new wish for money handed to a colleague.
        if (_state.GoodwillAdded is { } granted && (asked is null || asked <= granted))
        {
            if (_said.Intent == Intent.Yes || IsAcceptance()) return false;
            Say("Offer.GoodwillAlready", FormatMoney(granted, offer.Currency));
            OfferStillStands();
            return true;
        }
        if (_state.GoodwillAdded is null && asked is { } within && within > 0m && _state.GoodwillCap is { } limit && within <= limit)
        {
            // "the 60 yuan from the print shop as well please", 柜子那80块呢 (round 122): within the cap the bot may grant it itself
            // (docs/coverage-rules.md, "After the verdict"), so it is granted beside the remedy, never sent to a colleague.
            _state.GoodwillAdded = within;
            Say("Offer.GoodwillAdded", FormatMoney(within, offer.Currency));
            OfferStillStands();
            return true;
        }
        if (offer.Kind == nameof(RemedyKind.Refund))
        {
            // "退钱" is the refund itself; money asked on top of it (再补我八十块, round 34) is answered once as a colleague's
            // decision with the refund still standing, and goes to a person when asked again.
            if (!_said.CompensationToo && !again) return false;
            if (!_state.CompensationNoted)
            {
                _state.CompensationNoted = true;
                Say("Offer.CompensationNoted");
                OfferStillStands();
                return true;
            }
        }
        // "what about compensation for five days of cold showers? can you do better?" (round 175): money asked without a sum is
        // answered once with the remedy standing; asked again, a colleague decides.
        if (asked is null && !_state.CompensationNoted)
        {
            _state.CompensationNoted = true;
            Say("Offer.CompensationNoted");
            OfferStillStands();
            return true;
        }
        if (!_state.CompensationDeclined && asked is { } sum && _state.GoodwillCap is { } cap && sum > cap * Options.UnreasonableMultiple)
        {
            _state.CompensationDeclined = true;
            Say("Unreasonable");
            OfferStillStands();
            return true;
        }
        await EscalateAsync(_state.CompensationDeclined ? RefusalReason() : EscalationReason.BeyondBotAuthority,
            _state.CompensationDeclined ? "Escalated.Rejected" : "Escalated.Compensation", ct);
        return true;
    }

    /// <summary>
    /// A counter-offer at the offer ("what if I pay half?", "can you do better?", 我出一半，给换台新的，行不行, round 175): the remedy the
    /// policy gives is what the bot may agree, so it says so once with the offer standing (DOMAIN.md §5: negotiate, a clear and
    /// polite answer); bargained again, a colleague who may decide takes it. A person asked for outright is the interruption's.
    /// True when the turn is done.
    /// </summary>
    private async Task<bool> BargainAtTheOfferAsync(CancellationToken ct)
    {
        if (_state.OfferIndex >= _state.Offers.Count || !OfferAnswers.Bargains(_text)) return false;
        if (!_state.BargainAnswered)
        {
            _state.BargainAnswered = true;
            Say("Offer.Bargain", Inline(_state.Offers[_state.OfferIndex].Description)).Buttons("Button.Accept", "Button.Reject", "Button.Person");
            return true;
        }
        if (_said.Intent == Intent.Yes || IsAcceptance()) return false;
        await EscalateAsync(EscalationReason.BeyondBotAuthority, "Escalated.Bargain", ct);
        return true;
    }

    private static readonly System.Text.RegularExpressions.Regex MoneyNamedAgain = new(
        @"\d+\s*(?:块|元|块钱)?[^，。,.!！？?]{0,8}?(?:也得|也要|也|得|要|必须)(?:一起|一并|一块|给我)?(?:退|赔|还|报销)|(?<![a-z])(?:the|that|those)\s+(?:\d+|money|fee|fees)\s+(?:back\s+)?(?:too|as\s+well|also)(?![a-z])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// A longer warranty asked at the offer ("the repair's fine but I want another year on the warranty", 再给我延保一年, round
    /// 43): a supervisor's approval (DOMAIN.md §6) the bot can never give, and no reason to hold up the remedy. Answered once
    /// with the offer standing, so the customer chooses; asked again, a person decides. (Money beyond the cap asked at the
    /// offer goes to a person at once, round 9: an amount is what a colleague approves.) True when the turn is done.
    /// </summary>
    private async Task<bool> ExtensionBesideTheOfferAsync(CancellationToken ct)
    {
        // "the replacement yes, but only with the extra year. who signs that off?" (round 56): once the extension was answered,
        // naming it again is asking for it again.
        var asked = _said.ExtensionAsked || _state.ExtensionNoted && ExtensionNamedAgain.IsMatch(_text);
        if (!asked || _state.OfferIndex >= _state.Offers.Count) return false;
        if (!_state.ExtensionNoted)
        {
            _state.ExtensionNoted = true;
            Say("Offer.ExtensionNoted");
            OfferStillStands();
            return true;
        }
        await EscalateAsync(EscalationReason.BeyondBotAuthority, "Escalated.Extension", ct);
        return true;
    }

    private static readonly System.Text.RegularExpressions.Regex ExtensionNamedAgain = new(
        @"(?<![a-z])(?:(?:the|an?|that|this)\s+)?(?:extra|additional|another|longer)\s+(?:year|\d+\s+months|six\s+months|twelve\s+months|warranty|guarantee)(?![a-z])|(?<![a-z])extension(?![a-z])|延保|延长|多一年|加一年|多给一年|再加一年",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The extension asked in the story is answered before the offer, never passed over in silence.</summary>
    private void NoteExtensionAsked()
    {
        if (!_state.ExtensionAsked || _state.ExtensionNoted || _state.OfferIndex != 0) return;
        _state.ExtensionNoted = true;
        Say("Offer.ExtensionNoted");
    }

    /// <summary>"…the 450 we paid last time, I want that refunded first" to a 200 discount: more than the bot may give on its
    /// own (the goodwill cap), or money asked back without a sum and without the discount named back, is a colleague's
    /// decision (round 34), never a yes to the discount named back.</summary>
    private bool AsksMoreThanTheMoneyOffered() =>
        (_said.Wants == DesiredOutcome.Compensation || _said.CompensationToo) && _said.Intent != Intent.Yes && !IsAcceptance()
        && ((_said.AmountAsked ?? _state.AmountAsked) is { } more ? _state.GoodwillCap is { } limit && more > limit : !NamesTheDiscountBack());

    /// <summary>"ok, the discount then", "打折也行": the money on the table named back, no sum of its own.</summary>
    private bool NamesTheDiscountBack() => DiscountNamed().IsMatch(_text);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:discount|goodwill|voucher|credit)(?![a-z])|打折|折扣|优惠|代金券", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DiscountNamed();

    /// <summary>
    /// The wish the coverage decision orders the remedies by (ADR 0071: whose fault the loss is decides what comes first).
    /// Money asked beside the fix for a loss the product fault caused ("修好 地板钱也要赔", round 122) leaves the fix first and the
    /// money beside it. Money asked beside the fix when our own service failed the customer (an engineer who never came, a
    /// repair of ours that did not hold: dev 042, hold-out 117) comes first, with the fix kept beside it: the company is at
    /// fault (DOMAIN.md §5). Money wished alone is the wish (docs/coverage-rules.md: the customer's wish first), and so is money
    /// back for a fee paid to us (round 32: a discount on this repair).
    /// </summary>
    private CustomerWish WishForTheDecision(int ourRepairsOfItOnRecord, bool entitledToANewOne)
    {
        if (!Enum.TryParse<CustomerWish>(_state.Wants, out var wish)) return CustomerWish.Repair;
        if (wish == CustomerWish.Compensation && APartAskedBesideTheMoney()) return CustomerWish.Repair;
        // A repair of ours that failed often enough to entitle the customer to a new unit: the entitlement comes first (ADR 0055).
        // A cause of the customer's own owned up to (an outside repairer, a knock) leaves the fault not ours alone: the fix first
        // (round 43: "找了外面的师傅…这150你们得给我报销，然后再派人来修好" expects the paid repair).
        if (wish == CustomerWish.Repair && _state.CompensationToo && AFaultToFix() && !entitledToANewOne && !_state.Causes.Values.Any(v => v)
            && (_state.OurServiceFailed || _state.SameFaultAsOurRepairs || _state.BackAfterOurRepairs || ourRepairsOfItOnRecord > 0))
            return CustomerWish.Compensation;
        return wish;
    }

    private bool AFaultToFix() => _state.Symptoms.Count > 0 || _state.PartCode is not null;

    /// <summary>"赔衬衫 换粉盒" (round 122): the leaking cartridge asked for beside the money for the shirt is the part, sold or
    /// replaced by the policy, with the money answered beside it.</summary>
    private bool APartAskedBesideTheMoney() => _state.PartAskedBesideMoney && _state.PartCode is not null && !MoneyBackForAFeePaidToUs();

    /// <summary>Money wished for a loss beside a fault, told in the story with nothing else asked ("这个你们必须得赔"): what should
    /// happen to the unit itself is asked once (round 122: "修好 地板钱也要赔" answered; dev 028: "5000 yuan compensation" again).
    /// Money back for a fee paid to us is a discount on this repair, never asked about (round 32).</summary>
    private bool MoneyToAskAbout() =>
        _state.Wants == nameof(DesiredOutcome.Compensation) && AFaultToFix() && !MoneyBackForAFeePaidToUs() && !APartAskedBesideTheMoney();

    private bool MoneyBackForAFeePaidToUs() => FeePaidToUs.IsMatch(string.Join(" ", _state.Heard) + " " + _text);

    private static readonly System.Text.RegularExpressions.Regex FeePaidToUs = new(
        @"(?<![a-z])(?:paid|pay|charged|handed\s+over|gave)\s+(?:to\s+)?(?:your|you|the)\s+(?:technician|engineer|repair\s*man|repairer|service|guy|people|team)(?![a-z])|(?<![a-z])(?:paid|pay|charged)\s+(?:your|you)(?![a-z])|(?<![a-z])(?:we|i)\s+(?:already\s+)?(?:paid|handed\s+over)[^.!?]{0,30}(?:repair|fix|visit|last\s+time)|(?<![a-z])(?:repair|call-?out|visit|service|labou?r)\s+(?:fee|charge|bill|cost)|(?<![a-z])(?:want|need|get)\s+(?:that|the|my|our|those)\s+(?:[¥￥$]\s*)?\d{2,}\s*(?:yuan|rmb|kuai)?\s+back(?![a-z])|修理费|维修费|上门费|工本费|(?:付|给|交)(?:给)?(?:你们|师傅)[^，。,.!！？?]{0,6}(?:钱|费)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The money asked beside the wish is answered before the offer, never passed over in silence.</summary>
    private void NoteCompensationAsked()
    {
        var besideTheFix = _state.CompensationToo || _state.Wants == nameof(DesiredOutcome.Compensation) && APartAskedBesideTheMoney();
        if (!besideTheFix || _state.OfferIndex != 0 || _state.Offers.Count == 0) return;
        var offer = _state.Offers[0];
        if (offer.Kind is nameof(RemedyKind.Goodwill) or nameof(RemedyKind.Discount)) return;
        // Within the goodwill cap the money is the bot's to give (docs/coverage-rules.md, "After the verdict"): granted beside
        // the fix at once, never "not something I can grant myself".
        if (_state.AmountAsked is { } within && within > 0m && _state.GoodwillCap is { } limit && within <= limit)
        {
            _state.GoodwillAdded = within;
            Say("Offer.GoodwillAdded", FormatMoney(within, offer.Currency));
            return;
        }
        _state.CompensationNoted = true;
        Say("Offer.CompensationNoted");
    }
}

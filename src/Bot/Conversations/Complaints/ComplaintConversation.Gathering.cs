using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>Step 3: take in the answer to the question asked (or the card), then ask what is still missing.</summary>
    /// <summary>Agreement words that answer nothing by themselves: "ok", "fine", 好, 行吧.</summary>
    private static readonly System.Text.RegularExpressions.Regex OnlyWhatWasSaid = new(
        @"^\s*(?:(?:well|yes|yeah|yep|um|er)[\s,]+)?(?:only|just)\s+(?:that(?![a-z])|the\s+other\s|what\s+i\s+(?:said|mentioned|told\s+you)|the\s+(?:one|thing|time|bit)\s+i\s+(?:said|mentioned|told\s+you))|^\s*(?:只有|就是|就)(?:我)?(?:刚才|上面|前面)?(?:说的|提到的|讲的)(?:那个|那次|那样)?",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex PointsBack = new(
        @"^\s*(?:(?:it'?s|its|that'?s|thats)\s+)?(?:the\s+)?(?:same\s+as\s+(?:i\s+said|before|above|what\s+i\s+(?:said|wrote))(?:\s+(?:before|above|earlier))?|as\s+(?:i\s+said|above)|like\s+i\s+(?:said|told\s+you)|see\s+(?:above|my\s+(?:first|last|earlier)\s+message))\s*[.!]*\s*$"
        + @"|^\s*(?:同上|跟?(?:前面|上面|刚才|之前)(?:说的|讲的|写的)?一样|(?:前面|上面|刚才)(?:说过了|说了|讲过了))\s*[。.!！]*\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex BareOk = new(
        @"^\s*(?:ok|okay|okey|k|kk|fine|alright|all right|sure|cool|好|好的|好吧|行|行吧|成|可以)\s*[.!。！~]*\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private async Task GatherAsync(IReadOnlyDictionary<string, string>? card, CancellationToken ct)
    {
        if (card is not null) AbsorbCard(card);
        else if (_state.Asking == FactQuestion.Started && _state.StartedOn is null && !_state.StartedRoughlyAsked && !_tookFacts && DoesNotKnow()
                 && await WarrantyEndedOnAsync(ct) is { } ended)
        {
            // "No idea": where the start decides the warranty (it ended; a problem that began before then is reviewed),
            // ask once for a rough time, saying why. A second "no idea" stands.
            _state.StartedRoughlyAsked = true;
            Say("Ask.StartedRoughly", FormatDate(ended));
            return;
        }
        else if (!Answered(_state.Asking))
        {
            if (_state.Asking == FactQuestion.Serial && (_said.Intent == Intent.No || DoesNotKnow()) && !_state.SerialHelped && !SerialIsGone())
            {
                // "no idea where that is, the box is gone": where to look and what else will do, once, before a person.
                _state.SerialHelped = true;
                Say("Serial.Help", await SerialWhereAsync(ct));
                return;
            }
            if (_state.Asking == FactQuestion.Serial && (_said.Intent == Intent.No || DoesNotKnow() || SerialIsGone() && SaysNo()))
            {
                // Without the purchase record coverage cannot be decided; a person can find it another way.
                await EscalateAsync(EscalationReason.NeedsReview, "Escalated.Review", ct);
                return;
            }
            if (_state.Asking == FactQuestion.Circumstances && _mockedConfession && !_state.PlainAnswerAsked)
            {
                _state.PlainAnswerAsked = true;
                Say("Ask.Circumstances.Plainly");
                return;
            }
            if (_state.Asking == FactQuestion.Circumstances && _state.AskedWhichCircumstance && !_state.CircumstancesAsked)
            {
                Say("Ask.WhichCircumstance");
                _state.CircumstancesAsked = true; // what the next answer names is kept; what it leaves unknown stays unknown
                return;
            }
            // "hang on, let me look" / 稍等我找一下, or "ok" after being told where the serial is: not a wrong answer.
            // "ok" after "take your time" is the customer still looking, not a wrong serial (round 23).
            if (!_tookFacts && (HoldsOn() || _state.Asking == FactQuestion.Serial && (_state.SerialHelped || _state.ToldToTakeTime) && _said.Intent is Intent.Yes or Intent.Thanks))
            {
                // Once: after that the question is asked again plainly (never "take your time" in a loop, never "wrong answer").
                if (_state.ToldToTakeTime) Say(QuestionKey(_state.Asking), QuestionArgument(_state.Asking));
                else Say("Gather.TakeYourTime");
                _state.ToldToTakeTime = true;
                return;
            }
            // "好的谢谢，我就说这些" / "ok thanks, that's all from me" while a fact is still asked for: no wrong answer, but a
            // customer about to leave. Once, they hear that a little more is needed and why; the question stands.
            if (!_tookFacts && !_state.StillNeededSaid && ClosesWhileAFactIsAsked())
            {
                _state.StillNeededSaid = true;
                Say("Gather.StillNeeded");
                Say(QuestionKey(_state.Asking), QuestionArgument(_state.Asking));
                return;
            }
            if (_tookFacts)
            {
                // Other facts (a serial, a date) told instead of an answer about the circumstances: counted as a miss, so the flow
                // goes on after the usual misses instead of asking the same question again and again. (Circumstances denied
                // around the suspected one are settled where the answer is read, in Answered.)
                if (_state.Asking == FactQuestion.Circumstances)
                {
                    if (await MovedOnWithoutAnswerAsync(ct)) return;
                    _state.FailedAnswers++;
                }
                // Not the answer asked for, but something we keep (a new wish, a correction, another fact): say so and ask again.
                Acknowledge();
                Say(QuestionKey(_state.Asking), QuestionArgument(_state.Asking));
                return;
            }
            if (_personOffered && _said.Intent == Intent.No)
            {
                // "No thanks" to a person: the question stands, asked plainly, not as a failure.
                Say(QuestionKey(_state.Asking), QuestionArgument(_state.Asking));
                return;
            }
            if (await MovedOnWithoutAnswerAsync(ct)) return;
            var futureDate = _state.Asking == FactQuestion.Started && _said.Dates.Any(d => d.Date > Today);
            Reask(_state.Asking switch
            {
                FactQuestion.Started when futureDate => "Invalid.DateFuture",
                FactQuestion.Product => "Invalid.Product",
                // The model given for the serial (round 102): the model is thanked for, and the unit's own number asked for.
                // An invoice, delivery or tracking number (round 157): named for what it is, and where the serial is said.
                FactQuestion.Serial when OtherNumberNamed.IsMatch(_text) => "Invalid.SerialGotOtherNumber",
                FactQuestion.Serial when _said.Models.Count > 0 => "Invalid.SerialGotModel",
                FactQuestion.Serial => "Invalid.Serial",
                // The fault told again for the circumstances (round 102): noted with the fault, and the question asked again.
                FactQuestion.Circumstances when _said.Symptoms.Count > 0 && !_said.Causes.Any() => "Invalid.CircumstancesGotFault",
                FactQuestion.Started => "Invalid.Date",
                FactQuestion.Phone => "Invalid.Phone",
                _ => "Invalid.Wants",
            });
            return;
        }
        await AskNextAsync(ct);
    }

    /// <summary>A thank-you or closing words ("that's everything", 没别的了) with no "no" in them, to the serial, product, start or
    /// phone question (a "nothing else" to the circumstances or the wish question is an answer of its own).</summary>
    private bool ClosesWhileAFactIsAsked() =>
        _state.Asking is FactQuestion.Serial or FactQuestion.Product or FactQuestion.Started or FactQuestion.Phone
        && _said.Intent != Intent.No && _said.Symptoms.Count == 0
        && (_said.Intent == Intent.Thanks || IsDone(_text, bareNo: false) && ADonePhraseStandsAlone(_text));

    /// <summary>In Chinese, the closing words stand as a clause of their own ("好的 就这些", "没别的了 谢谢"): "装好第二天就这样",
    /// "拿回来一打就这样" (round 156/158) say when the fault began, "it has been like this since".</summary>
    private static bool ADonePhraseStandsAlone(string text) =>
        !text.Any(Understanding.Text.UtteranceText.IsCjk)
        || System.Text.RegularExpressions.Regex.Split(text, @"[\s，。,.!！？?~～、；;…]+")
            .Select(clause => System.Text.RegularExpressions.Regex.Replace(clause, "^(?:好的|好吧|好|嗯|那|行|谢谢|ok)+", "").TrimEnd('吧', '了', '啊', '呢', '哈', '的'))
            .Any(clause => clause.Length > 0 && DonePhrases.Contains(clause));

    /// <summary>The day this unit's whole warranty ended, when it has (parts and labour); null while it runs or is unknown.</summary>
    private async Task<DateOnly?> WarrantyEndedOnAsync(CancellationToken ct)
    {
        if (_state.SaleDate is not { } sold || _state.Model is not { } model || await _services.Catalog.WarrantyMonthsAsync(model, ct) is not { } months)
            return null;
        var ended = sold.AddMonths(Math.Max(months.Parts, months.Labour));
        return ended < Today ? ended : null;
    }

    /// <summary>Whether this message answered <paramref name="question"/> (the facts are already absorbed).</summary>
    private bool Answered(FactQuestion question)
    {
        switch (question)
        {
            case FactQuestion.Product:
                // "财务软件", "water heater": a name several models share answers it too; the serial tells which one.
                return _state.Model is not null || _said.Models.Count > 0 || _state.Serial is not null || _state.OrderNumber is not null;
            case FactQuestion.Serial:
                return _state.Serial is not null || _state.OrderNumber is not null;
            case FactQuestion.Started:
                if (_state.StartedOn is not null || _said.Intent == Intent.No || DoesNotKnow()) _state.StartedAsked = true;
                return _state.StartedAsked;
            case FactQuestion.Circumstances:
                // "I honestly couldn't tell you", 我不在家 说不清楚 (round 29): an answer; what it leaves unknown stays unknown, and
                // where the fault makes it decisive a person reviews it (docs/coverage-rules.md rule 6). Never asked again.
                if (DoesNotKnow() && !_said.Causes.Any(c => c.Value))
                {
                    // The one the story suggested is not known either: it stays unknown, never asked again (round 45: "I really
                    // don't know, there was a storm but nobody knows if the power did anything" was asked about three times).
                    _state.SuspectedCauses.Clear();
                    _state.CircumstancesAsked = true;
                    return true;
                }
                // "only that plumber, not one of yours", "only the other toner, as I said", 就是我说的那次 (round 165/167): the one the
                // story suggested, owned up to; whatever else the answer says of it is the customer's view of the cause.
                // An answer that names another circumstance instead (就是刚才说的，我们自己拆过后盖) is read below: it denies the suspected one.
                if (_state.SuspectedCauses.Count > 0 && OnlyWhatWasSaid.IsMatch(_text)
                    && !_said.Causes.Any(c => c.Value && !_state.SuspectedCauses.Contains(c.Key)))
                {
                    foreach (var cause in _state.SuspectedCauses) _state.Causes[cause] = true;
                    _state.SuspectedCauses.Clear();
                    foreach (var cause in AllCauses.Where(c => !LeftOpen(c))) _state.Causes.TryAdd(cause, false);
                    _state.CircumstancesAsked = true;
                    return true;
                }
                // "same as I said before", 同上, 跟前面说的一样 (round 168 hold-out) where the story denied circumstances and owned up to
                // none: the denials stand for all of them. Where the story told nothing, the question is asked again.
                if (PointsBack.IsMatch(_text) && _said.Causes.Count == 0 && _state.SuspectedCauses.Count == 0
                    && _state.Causes.Count > 0 && !_state.Causes.Values.Any(v => v))
                {
                    foreach (var cause in AllCauses.Where(c => !LeftOpen(c))) _state.Causes.TryAdd(cause, false);
                    _state.CircumstancesAsked = true;
                    return true;
                }
                // A bare "ok" / 行吧 admits nothing: the plain question is asked again (never "thanks for telling me").
                if (_said.Intent == Intent.Yes && BareOk.IsMatch(_text) && _state.SuspectedCauses.Count == 0 && !_said.Causes.Any(c => c.Value)) return false;
                // "没摔没进水也没拆过，电压稳不稳我说不上来" (round 101): the denials deny the rest, the supply said not to be known
                // stays open.
                // "power's fine, no surge or outage. it wasn't dropped and no one has opened it" (round 173): the question named every
                // circumstance, and an answer denying several one by one, owning up to none, denies the rest as a plain no does.
                if ((_said.Intent == Intent.No || DeniesAll() || _said.Causes.Count(c => !c.Value) >= 2) && !_said.Causes.Any(c => c.Value))
                {
                    foreach (var cause in AllCauses.Where(c => !LeftOpen(c))) _state.Causes.TryAdd(cause, false);
                    foreach (var cause in _state.SuspectedCauses.Where(c => !LeftOpen(c))) _state.Causes[cause] = false;
                    _state.SuspectedCauses.RemoveAll(c => !LeftOpen(c));
                }
                // "not dropped, not opened. the power - I honestly couldn't say" (round 150): the supply the story suggested, said
                // not to be known, stays unknown for the decision (rule 6), never asked about again.
                if (_said.VoltageNotKnown && _state.SuspectedCauses.Remove("VOLTAGE")) _state.CircumstancesAsked = true;
                if (_said.Intent == Intent.Yes && _state.SuspectedCauses.Count == 0 && !_said.Causes.Any(c => c.Value)
                    && !_state.Causes.Values.Any(v => v) && !_state.AskedWhichCircumstance)
                {
                    // "Yes, something like that" without saying what: which one decides the fee, so ask once (never guess).
                    _state.AskedWhichCircumstance = true;
                    return false;
                }
                if (_said.Intent == Intent.Yes && _state.SuspectedCauses.Count > 0)
                {
                    foreach (var cause in _state.SuspectedCauses) _state.Causes[cause] = true;
                    _state.SuspectedCauses.Clear();
                }
                // The question named every circumstance: an answer admitting some denies the ones it leaves out, the
                // suspected ones too ("就是我说的，我们自己拆过后盖，别的没有" after 可能是我们自己弄坏的: opened, not damaged).
                if (_said.Causes.Any(c => c.Value))
                {
                    foreach (var cause in _state.SuspectedCauses) _state.Causes.TryAdd(cause, false);
                    _state.SuspectedCauses.Clear();
                }
                if (_state.Causes.Values.Any(v => v))
                    foreach (var cause in AllCauses.Where(c => !LeftOpen(c))) _state.Causes.TryAdd(cause, false);
                // The one the story suggested answered around a second time ("never dropped, no power cuts"): it stays unknown,
                // for the decision to weigh (rule 6 where the fault makes it decisive), never asked a third time (round 31).
                if (_state.CircumstancesAsked && _state.SuspectedCauses.Count > 0 && _said.Causes.Count > 0
                    && !_state.SuspectedCauses.Any(_said.Causes.ContainsKey))
                    _state.SuspectedCauses.Clear();
                if (_said.Causes.Count > 0 || _said.Intent is Intent.No or Intent.Yes || DeniesAll()) _state.CircumstancesAsked = true;
                return _state.CircumstancesAsked;
            case FactQuestion.Wants:
                // "You decide", 你们看着办: the policy's best remedy is offered first (the default wish).
                // Any other answer that is no wish we know: the policy's best remedy is offered, and the customer may refuse it.
                // "New toner for free": the consumable itself is the wish, and the policy's remedy for it is the part.
                // "No" to the wish we named: not that, so ask plainly what instead.
                if (_state.WishFromStory && _said.Intent == Intent.No && _said.Wants is null && _state.Wants is not null)
                {
                    _state.Wants = null;
                    _state.WishFromStory = false;
                    return false;
                }
                if (_state.Wants is null && (LeavesItToUs() || _said.Consumable is not null || _said.Intent is Intent.Statement or Intent.Complaint or Intent.No)) _state.Wants = "Repair";
                return _state.Wants is not null;
            case FactQuestion.Phone:
                return _state.Phone is not null || _state.Email is not null;
            default:
                return true;
        }
    }

    /// <summary>A circumstance this message says is not known (the supply: <see cref="Interpretation.VoltageNotKnown"/>).</summary>
    private bool LeftOpen(string cause) => cause == "VOLTAGE" && _said.VoltageNotKnown;

    private static readonly string[] DontKnowPhrases =
    [
        "i don't know", "i dont know", "don't know", "dont know", "no idea", "no clue", "not sure", "i don't have it", "i don't have one",
        "don't have the serial", "don't have a serial", "dont have the serial", "no serial", "lost the receipt", "threw the receipt",
        "没有机身号", "没有单号", "找不到机身号", "看不清",
        "can't find it", "cannot find it", "lost it", "不知道", "不清楚", "不记得", "忘了", "找不到", "没有了", "丢了",
        "don't remember", "can't remember", "cannot remember", "don't recall", "can't recall", "no recollection", "can't say",
        "想不起来", "记不清", "记不得", "说不准", "说不好", "说不上来",
        "do not have it", "haven't got it", "haven't got one", "no order number", "no receipt", "no invoice", "don't have any",
        "没有订单号", "没有发票", "没发票", "也没有订单号", "订单号也没有", "不在我这", "不在我手上",
    ];

    /// <summary>"I don't know" / 不知道: an answer, not a failure — the question is dropped or handed to a person.</summary>
    private bool DoesNotKnow()
    {
        // "i dont have it" is typed without the apostrophe as often as with it.
        var text = _text.Trim().TrimEnd('.', '!', '。', '！').ToLowerInvariant().Replace("'", "").Replace("’", "");
        return DontKnowPhrases.Any(p => text.Contains(p.Replace("'", ""), StringComparison.Ordinal));
    }

    /// <summary>
    /// The label gone and no invoice either, said in this answer or earlier in the story ("the sticker got torn off when we
    /// moved, and the invoice is lost", 标签被撕掉了，发票也找不到了): where to look would not help, so a colleague finds the
    /// purchase another way at once (round 38: "here is where to find it" to a customer who had said both).
    /// </summary>
    private bool SerialIsGone()
    {
        var said = string.Join("\n", _state.Heard.Append(_text)).ToLowerInvariant();
        return LabelGone.IsMatch(said) && PaperGone.IsMatch(said);
    }

    private static readonly System.Text.RegularExpressions.Regex LabelGone = new(
        @"(?<![a-z])(?:label|sticker|plate|serial)s?\b[^.!?;\n]{0,40}(?<![a-z])(?:gone|missing|peeled|torn|ripped|came\s+off|fell\s+off|worn|faded|unreadable|illegible|scratched\s+off|rubbed\s+off)(?![a-z])|(?<![a-z])(?:peeled|tore|torn|ripped|scratched|rubbed)\s+(?:off\s+)?(?:the|its)\s+(?:\w+\s+)?(?:label|sticker|plate)|(?:标签|铭牌|贴纸|机身号|序列号)[^，。,.!！？?\n]{0,8}(?:没了|不见了|掉了|撕掉|撕了|被撕|磨掉|磨没|看不清|模糊)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PaperGone = new(
        @"(?<![a-z])(?:no|lost|threw\s+away|thrown\s+away|binned|can'?t\s+find|cannot\s+find|couldn'?t\s+find|don'?t\s+have)\s+(?:the\s+|any\s+|an?\s+|my\s+|our\s+)?(?:invoice|receipt|order\s+number|paperwork)|(?<![a-z])(?:invoice|receipt|paperwork)\b[^.!?;\n]{0,25}(?<![a-z])(?:lost|gone|missing|nowhere|thrown\s+away)(?![a-z])|(?:发票|收据|订单号|单据)[^，。,.!！？?\n]{0,6}(?:没了|丢了|找不到|不见了|没有|扔了)|(?:没有|没|找不到|丢了)(?:发票|收据|订单号|单据)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex HoldOnWords = new(
        @"(?<![a-z])(?:hang on|hold on|one sec(?:ond)?|one moment|just a (?:sec|second|minute|moment)|give me a (?:sec|second|minute|moment)|let me (?:check|look|find|get)|wait a (?:sec|second|minute|moment)|brb)(?![a-z])|稍等|等一下|等等|等我|我找找|我找一下|我去找|我看看|我查一下|我去看",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>"hang on", "let me check", 稍等我找一下: the customer is fetching the answer.</summary>
    private bool HoldsOn() => HoldOnWords.IsMatch(_text);

    private static readonly System.Text.RegularExpressions.Regex EnglishDenial = new(
        @"(?<![a-z'])(?:none|nothing|no|nope|nah|never|neither|not at all)(?![a-z'])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] ChineseDenials = ["都没有", "都没", "没有", "没", "一个都没有", "从来没有", "正常使用", "没发生过", "不是"];

    /// <summary>"no, like I said", "真的没有，刚才说了": a no anywhere in the answer, in the words <see cref="DeniesAll"/> reads.</summary>
    private bool SaysNo()
    {
        var text = _text.Trim().ToLowerInvariant();
        return EnglishDenial.IsMatch(text) || ChineseDenials.Any(p => text.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>A number the customer names as something we cannot look up: an invoice, receipt, delivery or tracking number, a
    /// ticket or reference, 发票号, 快递单号, 运单号, 小票 (an order number is one we can).</summary>
    private static readonly System.Text.RegularExpressions.Regex OtherNumberNamed = new(
        @"(?<![a-z])(?:invoice|receipt|tracking|delivery\s+(?:note|number|no)|waybill|courier|ticket|reference|ref|postcode|fapiao)(?![a-z])|发票|快递|运单|物流|(?<!订)单号|小票|工单|邮编",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>"none of those", "no nothing", 都没有: a denial of every circumstance, even without an opening "no".</summary>
    private bool DeniesAll()
    {
        var text = _text.Trim().ToLowerInvariant();
        if (DoesNotKnow()) return false;
        // "是的，停过一次电，但我觉得不是这个原因" (round 52): a yes first, then the cause denied as the reason, is no denial.
        if (_said.Intent == Intent.Yes && OpensWithYes.IsMatch(text)) return false;
        // "why would I drop a built-in hob?!", "who pours coffee into a copier? nobody's touched it", 我们会去拆它吗？正常用而已
        // (round 160): a rhetorical question with nothing owned up to denies them all.
        var blanked = Understanding.Recognisers.RhetoricalQuestion.Without(text);
        if (blanked != text && !_said.Causes.Any(c => c.Value) && (_said.Causes.Count > 0 || blanked.Trim().Length <= 40)) return true;
        if (text.Length <= 60) return SaysNo();
        // "...your technician fixed the igniter twice. nothing else happened to it", 别的都没有 (round 154): a closing "nothing
        // else" with nothing owned up to denies the rest.
        if (!_said.Causes.Any(c => c.Value) && NothingElseHappened.IsMatch(text)) return true;
        // A longer answer that opens with "no" and denies each thing it names ("no - voltage is fine, it's on a UPS, never
        // dropped, nobody opened it") denies them all.
        return OpensWithDenial.IsMatch(text) && _said.Causes.Count > 0 && _said.Causes.All(c => !c.Value);
    }

    private static readonly System.Text.RegularExpressions.Regex NothingElseHappened = new(
        @"(?<![a-z])(?:nothing\s+else|nothing\s+at\s+all|none\s+of\s+(?:that|those|them|the\s+above|the\s+rest)|nothing\s+like\s+that|nothing\s+of\s+the\s+sort)(?:\s+(?:ever\s+)?(?:happened|was\s+done|has\s+happened|went\s+on))?(?:\s+to\s+it)?\s*[.!]*\s*$|(?<![a-z])(?:nobody|no\s+one|no-one)\s+else(?:,?\s+though)?[^.!?]{0,12}(?:no\s+(?:drops?|knocks?|spills?|water|damage)\s+or\s+anything(?:\s+(?:like\s+that|else))?)?\s*[.!]*\s*$|(?<![a-z])no\s+(?:drops?|knocks?|spills?|water|damage)\s+or\s+anything(?:\s+(?:like\s+that|else))?\s*[.!]*\s*$|(?:别的|其他|其它|其余)(?:的|情况)?(?:都|也)?没(?:有)?(?:了|过)?\s*[。.!！]*\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex OpensWithYes = new(
        @"^(?:yes|yeah|yep|yup|it did|that happened)(?![a-z'])|^(?:是的|是啊|是有|对的|对，|对,|有的|有过)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex OpensWithDenial = new(
        @"^(?:no|nope|nah|none|nothing|never|not at all)(?![a-z'])|^(?:没有|都没有|没|从来没|一个都没)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] LeaveItToUsPhrases =
    [
        "you decide", "up to you", "whatever you think", "whatever works", "don't mind", "dont mind", "anything", "whatever",
        "what else can you", "what can you do", "what are my options", "what do you suggest", "what would you suggest",
        "怎么办", "你们说", "有什么办法", "能怎么处理",
        // 给个说法 / 给个交代: "give me a proper answer", a demand for the policy's remedy, not an apology only.
        "给个说法", "给我个说法", "给个交代", "给我个交代",
        "看着办", "你们决定", "随便", "都行", "都可以", "怎么都行", "你们看", "听你们的",
        // "just check it for us", 帮我们查一下 (round 28): find out what is wrong and put it right, the default remedy.
        "check it for us", "check it out for us", "have a look at it", "take a look at it", "have someone look", "have someone check",
        "帮我们查", "帮我查", "帮忙查", "帮我们看看", "帮我看看", "帮忙看看", "给看看", "查一下", "检查一下",
        // What the warranty gives, as the wish (round 111: 看看能不能保修): no remedy of their own, the policy decides.
        "能不能保修", "能保修就行", "保修就行", "按保修来", "按保修走", "see if the warranty", "see if it's covered", "see if its covered",
        "see what the warranty", "whatever the warranty", "what the warranty says", "whatever the guarantee",
    ];

    private bool LeavesItToUs() => LeaveItToUsPhrases.Any(p => _text.Contains(p, StringComparison.OrdinalIgnoreCase)) || DoesNotKnow();

    /// <summary>Says what this message changed when it was not the answer asked for.</summary>
    private void Acknowledge()
    {
        if (_wishChanged && _state.Wants is { } wants) Say("Noted.Wants", Text("Wants." + wants).ToLowerInvariant());
        else Say("Noted");
    }

    private string QuestionArgument(FactQuestion question) => question switch
    {
        FactQuestion.Serial => _serialFormat ?? SerialExample(),
        FactQuestion.Circumstances => SuspectedText(),
        FactQuestion.Wants when _state.Wants is { } wants => Text("Wants." + wants).ToLowerInvariant(),
        _ => "",
    };

    /// <summary>What the customer's words suggested, named so they can say plainly whether it happened.</summary>
    private string SuspectedText() => string.Join(_state.Language == "zh" ? "、" : ", ",
        _state.SuspectedCauses.Select(c => Text("Cause." + c).ToLowerInvariant()));

    private async Task AskNextAsync(CancellationToken ct)
    {
        if (!_state.CardOffered)
        {
            _state.CardOffered = true;
            Say("Gather.Card").Card(FactsCard.Build(Culture, SerialExample(), Today));
        }
        if (_state.Model is null && !_state.ProductMentioned && _state.Serial is null && _state.OrderNumber is null)
        {
            Ask(FactQuestion.Product);
            return;
        }
        if (_state.SaleDate is null)
        {
            if (_state.Serial is null && _state.OrderNumber is null)
            {
                Ask(FactQuestion.Serial);
                return;
            }
            var given = _state.Serial ?? _state.OrderNumber;
            var problem = await LookUpPurchaseAsync(ct);
            if (problem is not null)
            {
                _state.Asking = FactQuestion.Serial;
                // "快递单号是SF1408823317", "tracking no. is …" (round 157): a number named as one we cannot look up is said to be
                // that, with where the serial is; it counts as no typo of the serial.
                if (_notOnRecord && OtherNumberNamed.IsMatch(_text))
                {
                    Reask("Invalid.SerialGotOtherNumber");
                    return;
                }
                if (_notOnRecord && given == _state.UnknownSerial)
                {
                    // The same number twice, read off the label: not a typo. A colleague finds the purchase.
                    await EscalateAsync(EscalationReason.RepeatedInvalidAnswers, "Escalated.Review", ct);
                    return;
                }
                if (_notOnRecord) _state.UnknownSerial = given;
                Reask(problem);
                return;
            }
        }
        if (_state.StartedOn is null && !_state.StartedAsked) Ask(FactQuestion.Started);
        else if (NeedsCircumstances()) Ask(FactQuestion.Circumstances);
        else if (_state.Wants is null || WishToAskAbout()) Ask(FactQuestion.Wants);
        else if (_state.Phone is null && _state.Email is null && !_state.ContactSkipped) Ask(FactQuestion.Phone);
        else await ProposeAsync(ct);
    }

    /// <summary>Finds the purchase; on failure forgets the bad serial and returns why, in the customer's language.</summary>
    private async Task<string?> LookUpPurchaseAsync(CancellationToken ct)
    {
        var found = await FindPurchaseAsync(ct);
        if (found.Failure?.Code == ValidationProblem.ModelMismatch
            && (await SiblingBySerialAsync(ct) ?? await InsistedSerialAsync(ct)) is { } sibling)
        {
            // "water heater" or "glass stove" named the line, the nameplate names the model: the serial wins.
            found = sibling;
            var product = sibling.File!.Product;
            Say("Noted.SerialModel", _state.Language == "zh" ? product.NameZh : product.NameEn);
        }
        _state.MismatchedSerial = found.Failure?.Code == ValidationProblem.ModelMismatch ? _state.Serial : null;
        _notOnRecord = found.Failure?.Code == ValidationProblem.UnknownSerial;
        if (!found.Found)
        {
            _state.Serial = null;
            _state.OrderNumber = null;
            return found.Failure!.Text(Culture);
        }
        var file = found.File!;
        _state.Serial = file.Purchase.Serial;
        _state.Model = file.Product.Model;
        _state.SaleDate = file.Purchase.SaleDate;
        _state.Zone = file.Purchase.Zone;
        _state.FirstReplyHours = file.ServiceLevel.FirstReplyHours;
        _state.SolutionHours = file.ServiceLevel.SolutionHours;
        _state.EmergencyHours = file.ServiceLevel.EmergencyResponseHours;
        _state.GoodwillCap = file.Policy.GoodwillCap;
        _state.PolicyCode = file.Policy.Code;
        _state.ChoiceDays = Math.Max(file.Policy.ReturnDays, file.Policy.ExchangeDays);
        _state.PolicyVersion = file.Policy.Version;
        _state.LineCode = file.Product.LineCode;
        _catalogNames[file.Product.Model] = _state.Language == "zh" ? file.Product.NameZh : file.Product.NameEn;
        return null;
    }

    private bool _notOnRecord;

    /// <summary>
    /// The purchase of a serial whose model differs from the one the customer named, when both are in the same product
    /// line (H16 or E60 for "water heater", Q5 or Q7 for "stove", the editions of a finance suite): people name the kind
    /// of product from memory and read the serial off the label. Another line is a real mismatch and is asked about.
    /// </summary>
    /// <summary>The same serial given again after we said it belongs to another product (round 81: a copier complained of
    /// after a question about the range hood): read off the nameplate twice, it names the product, not a typo.</summary>
    private async Task<PurchaseLookupResult?> InsistedSerialAsync(CancellationToken ct)
    {
        if (_state.Serial is not { } serial || !string.Equals(serial, _state.MismatchedSerial, StringComparison.OrdinalIgnoreCase)) return null;
        var bySerial = await _services.Purchases.FindBySerialAsync(serial, null, ct);
        return bySerial.Found ? bySerial : null;
    }

    private async Task<PurchaseLookupResult?> SiblingBySerialAsync(CancellationToken ct)
    {
        if (_state.Model is not { } named) return null;
        var bySerial = _state.Serial is { } serial
            ? await _services.Purchases.FindBySerialAsync(serial, null, ct)
            : await _services.Purchases.FindByOrderNumberAsync(_state.OrderNumber!, null, ct);
        if (!bySerial.Found) return null;
        var line = await _services.Catalog.LineOfAsync(named, ct);
        return line is not null && string.Equals(line, bySerial.File!.Product.LineCode, StringComparison.OrdinalIgnoreCase) ? bySerial : null;
    }

    /// <summary>The purchase by the serial the customer gave, or else by their order number.</summary>
    private Task<PurchaseLookupResult> FindPurchaseAsync(CancellationToken ct) => _state.Serial is { } serial
        ? _services.Purchases.FindBySerialAsync(serial, _state.Model, ct)
        : _services.Purchases.FindByOrderNumberAsync(_state.OrderNumber!, _state.Model, ct);

    /// <summary>Software is never asked whether it got wet, nor is a customer whose toner ran out (a consumable is never covered,
    /// whatever happened); words that suggested a cost-shifting cause always get a plain question. A change outside the program
    /// that the customer volunteers ("our IT guy edited the database") still counts.</summary>
    private bool NeedsCircumstances() =>
        _state.SuspectedCauses.Count > 0
        || !_state.CircumstancesAsked && !_state.Causes.Values.Any(v => v) && _state.PartCode is null
           && !IsSoftwareLine(_state.LineCode);

    /// <summary>
    /// A refund or a replacement said while telling the story is asked about once, naming it, before anything is offered:
    /// customers change their minds ("honestly I want to send it back" … "actually just repair it"), and a refund cannot be
    /// taken back. So is a repair said in the story while the policy still gives a choice (inside the return or exchange
    /// days: "can someone come and fix it?" … "I'd rather swap it, it's barely a week and a half old"). A wish said while
    /// answering is not asked again.
    /// </summary>
    private bool WishToAskAbout() => _state.WishFromStory && !_state.WishAsked
        && (_state.Wants is "Refund" or "Replacement" || _state.Wants is "Repair" && StillAChoice() || MoneyToAskAbout());

    private bool StillAChoice() => _state.SaleDate is { } sold && Today.DayNumber - sold.DayNumber <= _state.ChoiceDays;

    private void Ask(FactQuestion question)
    {
        if (question == FactQuestion.Wants) _state.WishAsked = true;
        _state.Asking = question;
        _state.FailedAnswers = 0;
        Say(QuestionKey(question), QuestionArgument(question));
    }

    /// <summary>Asks again with the reason; after repeated failures also offers a person.</summary>
    /// <summary>
    /// A question that is not essential is never a dead end: after <see cref="ComplaintOptions.AnswersBeforeMovingOn"/>
    /// misses the bot goes on without it (no start date, circumstances left to the decision, no phone: we answer here); the
    /// serial is essential, and after the misses and a person offered a colleague finds the purchase.
    /// </summary>
    private async Task<bool> MovedOnWithoutAnswerAsync(CancellationToken ct)
    {
        // A start the customer cannot date is taken as unknown at once; a date in the future is still questioned.
        var patience = _state.Asking == FactQuestion.Started && !_said.Dates.Any(d => d.Date > Today) ? 1 : Options.AnswersBeforeMovingOn;
        if (_state.FailedAnswers + 1 < patience) return false;
        switch (_state.Asking)
        {
            case FactQuestion.Started:
                _state.StartedAsked = true; // "装好第二天就这样了": no date to take, and no reason to insist
                break;
            case FactQuestion.Circumstances:
                _state.CircumstancesAsked = true;
                _state.SuspectedCauses.Clear();
                break;
            case FactQuestion.Product:
                _state.ProductMentioned = true;
                break;
            case FactQuestion.Wants:
                // A wish not understood twice (round 29: "mended under the guarantee" read as a warranty question, answered and
                // asked again in a loop): the policy's best remedy is offered, and the customer may refuse it.
                _state.Wants ??= "Repair";
                break;
            case FactQuestion.Phone:
                Say("Phone.Skipped");
                _state.ContactSkipped = true;
                break;
            case FactQuestion.Serial when _state.FailedAnswers + 1 > Options.AnswersBeforePerson:
                await EscalateAsync(EscalationReason.RepeatedInvalidAnswers, "Escalated.Review", ct);
                return true;
            default:
                return false;
        }
        await AskNextAsync(ct);
        return true;
    }

    private void Reask(string reasonKeyOrText)
    {
        _state.FailedAnswers++;
        var question = Text(QuestionKey(_state.Asking), QuestionArgument(_state.Asking));
        var reason = reasonKeyOrText.StartsWith("Invalid.", StringComparison.Ordinal) ? Text(reasonKeyOrText, question) : Text("Invalid.Retry", reasonKeyOrText) + " " + question;
        SayText(reason);
        if (_state.FailedAnswers >= Options.AnswersBeforePerson) Say("Invalid.OfferPerson").Buttons("Button.Person");
    }

    private string QuestionKey(FactQuestion question) => question switch
    {
        FactQuestion.Product => "Ask.Product",
        FactQuestion.Serial when _serialFormat is not null => "Ask.Serial.Model",
        FactQuestion.Serial => "Ask.Serial",
        FactQuestion.Started => "Ask.Started",
        FactQuestion.Circumstances when _state.SuspectedCauses.Count > 0 && _state.CircumstancesAsked => "Ask.Circumstances.SuspectedOnly",
        FactQuestion.Circumstances when _state.SuspectedCauses.Count > 0 => "Ask.Circumstances.Suspected",
        FactQuestion.Circumstances => "Ask.Circumstances",
        FactQuestion.Wants when MoneyToAskAbout() && _state.WishFromStory => "Ask.Wants.BesideMoney",
        FactQuestion.Wants when _state.Wants is not null && _state.WishFromStory => "Ask.Wants.Known",
        FactQuestion.Wants => "Ask.Wants",
        _ => "Ask.Phone",
    };

    private static string SerialExample() => "JQ526093898";

    /// <summary>Where this product's serial is and how it looks (a licence number under Help > About for software), once
    /// the model is known this turn; else the generic example.</summary>
    private string? _serialFormat;

    /// <summary>
    /// An approximate start shortly before the sale ("for 2 weeks" on a heater sold 10 days ago) is a rough count, not a
    /// contradiction: it started with the sale; so is an exact day at most <see cref="DeliveryDays"/> before it. A start
    /// well before the sale ("since the end of October" for software sold four days ago: a month early) stays, rough or
    /// not, and coverage sends it to a person (rule 1).
    /// </summary>
    private DateOnly? StartedForCoverage() => _state switch
    {
        { StartedApproximate: true, StartedOn: { } started, SaleDate: { } sale, BeforeSaleSaid: false } when started < sale && WithinRoughCount(started, sale) => sale,
        // "Friday, the day it arrived" for a sale invoiced on Saturday: a day or two between delivery and the invoice is
        // the same day for the customer, not a fault older than the purchase.
        { StartedOn: { } started, SaleDate: { } sale } when started < sale && sale.DayNumber - started.DayNumber <= DeliveryDays => sale,
        _ => _state.StartedOn,
    };

    /// <summary>A rough start is off by up to a quarter of the time it counts back, at least a week ("for two weeks" on a
    /// heater sold ten days ago) and at most a month; "about three months" on a stove sold two months ago, or "about half a
    /// year" on a printer sold 140 days ago (round 141), is a conflict for a person.</summary>
    private bool WithinRoughCount(DateOnly started, DateOnly sale) =>
        sale.DayNumber - started.DayNumber <= Math.Clamp((Today.DayNumber - started.DayNumber) / 4, 7, RoughCountAtMostDays);

    /// <summary>The most a rough start may fall before the sale and still be the sale day.</summary>
    private const int RoughCountAtMostDays = 30;

    /// <summary>How far before the recorded sale a named start day is still the delivery.</summary>
    private const int DeliveryDays = 2;

    private GatheredFacts Facts(string? faultCode = null, int ourRepairsOfItOnRecord = 0, bool entitledToANewOne = false) => new()
    {
        FaultCode = faultCode ?? FaultsFor(_state.LineCode).FirstOrDefault(),
        PartCode = _state.PartCode,
        Symptom = string.Join(" ", _state.Heard),
        StartedOn = StartedForCoverage(),
        Circumstances = new Circumstances
        {
            UserDamage = Cause("USER_DAMAGE"),
            Voltage = Cause("VOLTAGE"),
            Modification = Cause("MODIFICATION"),
            UnauthorisedRepair = Cause("UNAUTHORISED_REPAIR"),
            Disassembly = Cause("DISASSEMBLY"),
            ForceMajeure = Cause("FORCE_MAJEURE"),
        },
        Wish = WishForTheDecision(ourRepairsOfItOnRecord, entitledToANewOne),
        CompensationAsked = _state.AmountAsked,
        Evidence = new HashSet<EvidenceKind>(_state.HasPhoto ? [EvidenceKind.Serial, EvidenceKind.Photo] : [EvidenceKind.Serial]),
        // A confirmed circumstance leaves the cause open, unless the customer insists on a quality fault: then it is disputed.
        IsPerformanceFault = _state.QualityClaimed || !_state.Causes.Values.Any(v => v) ? true : null,
        ZoneCode = _state.Zone,
    };

    private bool? Cause(string code) => _state.Causes.TryGetValue(code, out var happened) ? happened : null;
}

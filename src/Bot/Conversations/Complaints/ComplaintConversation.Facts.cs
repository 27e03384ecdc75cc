using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    private static readonly string[] AllCauses = ["USER_DAMAGE", "VOLTAGE", "MODIFICATION", "UNAUTHORISED_REPAIR", "DISASSEMBLY", "FORCE_MAJEURE"];

    /// <summary>
    /// Keeps every fact a message volunteers, whatever was asked: customers rarely answer in order. After "that's not
    /// right" (or a message opening with a correction) facts replace the ones held; otherwise a held fact stays. Words
    /// that would shift the cost to the customer only count as an answer to the circumstances question; elsewhere they
    /// are noted and asked about plainly (<see cref="FactQuestion.Circumstances"/>).
    /// </summary>
    private void Absorb(Interpretation said)
    {
        var correcting = _state.Correcting || IsCorrection();
        _state.Correcting = false;
        if (said.Models.Count == 1 && (_state.Model is null || correcting && _state.SaleDate is null || NamesAnotherModelOutright(said.Models[0])))
            _state.Model = said.Models[0];
        // "did my range hood booking go through?" and then "we bought a copier three days ago and it jams" (round 81): the product
        // of a question asked before any story is not the complaint's when the complaint names another.
        else if (_state.Step == ComplaintStep.Idle && said.Intent == Intent.Complaint && said.Models.Count > 0 && _state.Model is { } asked
                 && !said.Models.Contains(asked) && _state.Serial is null && _state.SaleDate is null)
            _state.Model = said.Models.Count == 1 ? said.Models[0] : null;
        _state.ProductMentioned |= said.Models.Count > 0;
        if (said.Serial is { } serial && serial != _state.Serial)
        {
            _state.Serial = serial;
            _state.SaleDate = null; // a new serial must be looked up again
        }
        if (said.OrderNumber is { } order) _state.OrderNumber = order;
        foreach (var symptom in said.Symptoms)
            if (!_state.Symptoms.Contains(symptom)) _state.Symptoms.Add(symptom);
        // "你们修过两次打不着火了，现在又这样": the repaired fault is the fault now when it is the only one named.
        if (_state.Symptoms.Count == 0) _state.Symptoms.AddRange(said.RepairedBefore);
        AbsorbCauses(said);
        // "send a new cartridge then" (round 52 hold-out): the cartridge already held, read as this model's (TONER on an inkjet is
        // its INK), is no new fact; overwriting it re-decided the offer on every answer, for ever.
        if (said.Consumable is { } consumable && !SameCartridge(_state.PartCode, consumable)
            && !(_state.Step == ComplaintStep.Idle && said.Intent is Intent.Question or Intent.WarrantyQuestion && !CarriesAComplaint())
            && !AConsumableAskedOnTheSide(said))
            _state.PartCode = consumable;
        // "are ink cartridges covered?" before the story, then "a brand new cartridge and it's the same, so it's not the ink" (round
        // 61): a question is no consumable that failed, and one ruled out is no longer the problem.
        else if (said.ConsumableRuledOut && said.Consumable is null) _state.PartCode = null;
        if (said.Wants is { } wants && (_state.Wants is null || WishIsMeant(correcting)))
        {
            _wishChanged = _state.Wants is { } before && before != wants.ToString();
            _state.Wants = wants.ToString();
            _state.WishFromStory = _state.Step is ComplaintStep.Idle or ComplaintStep.Listening or ComplaintStep.Confirming;
        }
        if (said.AmountAsked is { } amount) _state.AmountAsked = amount;
        _state.CompensationToo |= said.CompensationToo;
        // "赔衬衫 换粉盒", or "a new cartridge and money for the shirt" answering the wish after money alone (round 122): the part asked.
        _state.PartAskedBesideMoney |= said.Consumable is not null && (said.Wants == DesiredOutcome.Compensation
            || _state.Asking == FactQuestion.Wants && _state.Wants == nameof(DesiredOutcome.Compensation));
        _state.ExtensionAsked |= said.ExtensionAsked;
        _state.BeforeSaleSaid |= BeforeTheSale.IsMatch(_text);
        if (said.Phone is { } phone && (_state.Phone is null || _state.Asking == FactQuestion.Phone || correcting)) _state.Phone = phone;
        if (said.Email is { } email && (_state.Email is null || _state.Asking == FactQuestion.Phone || correcting)) _state.Email = email;
        _state.Anger = Math.Max(_state.Anger, said.Anger);
        _state.Urgent |= said.Urgent;
        _state.QualityClaimed |= said.ClaimsQualityFault;
        _state.BackAfterOurRepairs |= said.BackAfterOurRepairs;
        _state.SameFaultAsOurRepairs |= said.SameFaultAsOurRepairs;
        _state.OurServiceFailed |= said.OurServiceFailed;
        AbsorbStart(said, correcting);
    }

    /// <summary>"could your engineer bring a toner along for free?", 师傅来的时候能顺便免费带一个墨粉吗 (round 127): a consumable asked for
    /// on the side of a fault that is not the print, told in a message that names no fault of its own, is answered as a question
    /// and leaves the fault the problem.</summary>
    private bool AConsumableAskedOnTheSide(Interpretation said) =>
        said.Symptoms.Count == 0 && _state.Symptoms.Count > 0 && !_state.Symptoms.Contains("PRINT_QUALITY")
        && FreeAsk.IsMatch(_text) && OnTheSide.IsMatch(_text);

    private static readonly System.Text.RegularExpressions.Regex OnTheSide = new(
        @"(?<![a-z])(?:throw\s+in|bring\s+(?:a|one|some|a\s+new|along)|while\s+(?:they'?re|you'?re|he'?s|she'?s)\s+(?:at\s+it|here|there|round)|anyway|as\s+well|too)(?![a-z])|顺便|捎|带(?:一|个|一个|一盒|几)|送(?:一|个|一个|一盒)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>"…a water heater…" then "…the pipe under the E60…": while the story is told and no serial is looked up, a model
    /// named by its own code ("E60", "T9") replaces one guessed from a shared word.</summary>
    private bool NamesAnotherModelOutright(string model) =>
        _state.Model is { } held && held != model && _state.SaleDate is null && _state.Serial is null
        && _state.Step is ComplaintStep.Idle or ComplaintStep.Listening or ComplaintStep.Confirming
        && System.Text.RegularExpressions.Regex.IsMatch(_text, $@"(?<![A-Za-z0-9]){System.Text.RegularExpressions.Regex.Escape(model[(model.LastIndexOf('-') + 1)..])}(?![A-Za-z0-9])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Only a date said about the problem starts it ("your engineer came in October" is a repair, not the start).</summary>
    private void AbsorbStart(Interpretation said, bool correcting)
    {
        var asked = _state.Asking == FactQuestion.Started;
        // The first sign is the start: of several starts in the story ("cold since last week … it first started playing up
        // three months ago") the earliest said with a start's words; a correction replaces it with the one it names first.
        var starts = said.Dates.Where(d => d.Role == DateRole.Start).OrderBy(d => d.Uncued);
        // A correction that names the date we held beside the right one ("three months ago is when I cleaned the filters; it
        // went weak last week", round 48) means the other one.
        var started = (correcting ? starts.FirstOrDefault(d => d.Date != _state.StartedOn) ?? starts.FirstOrDefault()
                : starts.Where(d => !d.Uncued).MinBy(d => d.Date) ?? starts.FirstOrDefault())
            ?? (asked && said.Dates.Count == 1 && said.Dates[0].Role is not (DateRole.Purchase or DateRole.Repair or DateRole.WarrantyEnd) ? said.Dates[0] : null);
        if (started is null) return;
        started = PastReading(started);
        if (started.Date > Today) return;
        var telling = _state.Step is ComplaintStep.Idle or ComplaintStep.Listening or ComplaintStep.Confirming;
        var earlierSign = telling && !started.Uncued && _state.StartedOn is { } held && started.Date < held;
        // "LP22DF251194 前天开始的" to the serial question: a start said with a start's words is taken whatever was asked.
        var volunteered = _state.Step == ComplaintStep.Gathering && !started.Uncued;
        // "应该是四五天前开始的" at the restatement of a date that only stood beside the fault (round 56 hold-out): the start words win.
        var saidOutright = _state.Step == ComplaintStep.Confirming && !started.Uncued && _state.StartedUncued && _state.StartedOn != started.Date;
        if (_state.StartedOn is null && (telling || asked || volunteered) || correcting || asked || earlierSign || saidOutright)
        {
            _startCorrected = _state.StartedOn is { } before && before != started.Date;
            _state.StartedOn = started.Date;
            _state.StartedApproximate = started.Approximate;
            _state.StartedUncued = started.Uncued;
            _state.StartedAsked = true;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex FutureWords = new(
        @"(?<![a-z])(?:next|tomorrow|coming|upcoming|in\s+\d+\s+days)(?![a-z])|明天|后天|下周|下个|下星期|下礼拜|将来|以后",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>"Since the weekend" said on a Thursday is the weekend just gone: a start read a few days ahead, without a word
    /// for the future, is the same day a week earlier.</summary>
    private DateMention PastReading(DateMention date) =>
        date.Date > Today && date.Date <= Today.AddDays(7) && !FutureWords.IsMatch(_text) ? date with { Date = date.Date.AddDays(-7) } : date;

    /// <summary>Denials always count (they only help the customer); an admission counts when it answers the question, or when
    /// the customer takes back their own answer to it ("oh, I forgot: my son knocked it off the desk", 刚才忘说了…): a plain
    /// confession in the customer's words, so everything that rests on it is decided again.</summary>
    private void AbsorbCauses(Interpretation said)
    {
        var answering = _state.Asking == FactQuestion.Circumstances || _state.CircumstancesAsked && OwnsUpLate();
        foreach (var (cause, happened) in said.Causes)
        {
            if (!happened || answering)
            {
                _state.Causes[cause] = happened;
                _state.SuspectedCauses.Remove(cause);
            }
            else if (!_state.Causes.ContainsKey(cause) && !_state.SuspectedCauses.Contains(cause))
            {
                _state.SuspectedCauses.Add(cause);
            }
        }
        // "the power I honestly don't know, the lights flicker sometimes" (round 101): the voltage neither owned up to nor denied
        // stays open, so where it decides the verdict a person weighs it (coverage rule 6), never "none of these".
        if (said.VoltageNotKnown && !_state.Causes.ContainsKey("VOLTAGE") && !_state.SuspectedCauses.Contains("VOLTAGE"))
            _state.SuspectedCauses.Add("VOLTAGE");
        // "a power surge in the thunderstorm … I know it was the storm" (round 96): weather named again on its own, beside a surge
        // owned up to or suspected, is still the surge's occasion, not a second, heavier circumstance.
        if (said.Causes.GetValueOrDefault("FORCE_MAJEURE") && !said.WeatherOnly) _state.DisasterNamed = true;
        _state.WeatherNamed |= said.WeatherOnly;
        if (_state.WeatherNamed && !_state.DisasterNamed && (_state.Causes.GetValueOrDefault("VOLTAGE") || _state.SuspectedCauses.Contains("VOLTAGE")))
        {
            _state.Causes["FORCE_MAJEURE"] = false;
            _state.SuspectedCauses.Remove("FORCE_MAJEURE");
        }
        // "correction on the water thing: the leak was over the other copier, this one was never wet, forget I said that"
        // (round 48): an admission taken back in words, with a denial, takes back all that was owned up to (the leak's force
        // majeure with the water), and what it names about the other unit is not about this one.
        // Without another unit named, a take-back takes back only what it denies ("correction: it never got wet" leaves the fall).
        if (_state.Asking != FactQuestion.Circumstances && said.Causes.Values.Any(h => !h) && TakesBack.IsMatch(_text) && AnotherUnit.IsMatch(_text))
        {
            foreach (var admitted in _state.Causes.Where(c => c.Value).Select(c => c.Key).ToList())
                _state.Causes[admitted] = false;
            _state.SuspectedCauses.RemoveAll(said.Causes.ContainsKey);
        }
    }

    /// <summary>The cartridge held, named again by the model's other word, is the same one (round 52 hold-out: a new fact each
    /// time, and the offer decided again for ever).</summary>
    private static bool SameCartridge(string? held, string said) =>
        held is not null && (string.Equals(held, said, StringComparison.OrdinalIgnoreCase) || OtherCartridgeWord(held) == said);

    private static readonly System.Text.RegularExpressions.Regex AnotherUnit = new(
        @"(?<![a-z])(?:the\s+other\s+(?:one|unit|machine|copier|printer|heater|hood|stove|cooker|boiler|device)|another\s+(?:one|unit|machine|copier|printer|heater)|a\s+different\s+(?:one|unit|machine|copier|printer|heater))(?![a-z])|另一台|另外一台|别的机器|其他机器|另一个",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex TakesBack = new(
        @"(?<![a-z])(?:correction|forget\s+(?:i\s+said|what\s+i\s+said|that)|scratch\s+that|take\s+(?:that|it)\s+back|ignore\s+(?:that|what\s+i\s+said)|i\s+was\s+wrong|mixed\s+(?:it|them|the\s+\w+)\s+up|the\s+other\s+(?:one|unit|machine|copier|printer|heater))(?![a-z])|当我没说|说错了|搞错了|记错了|弄混了|搞混了|另一台|别的机器",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Words of an answer taken back (round 48): "I forgot to say", "should have mentioned", "to be honest", 忘了说,
    /// 刚才没说实话, 想起来了; at the offer, "ok fine, but yeah, he did open it" (round 68).</summary>
    private bool OwnsUpLate() => LateConfession.IsMatch(_text) || IsCorrection();

    private static readonly System.Text.RegularExpressions.Regex LateConfession = new(
        @"(?<![a-z])(?:i\s+(?:completely\s+|totally\s+)?forgot|forgot\s+to\s+(?:say|mention|tell)|should\s+have\s+(?:said|mentioned|told)|should'?ve\s+(?:said|mentioned|told)|didn'?t\s+(?:say|mention|tell\s+you)|to\s+be\s+honest|truth\s+is|i\s+lied|wasn'?t\s+(?:honest|truthful)|now\s+i\s+remember|i\s+just\s+remembered|come\s+to\s+think|(?:but|well|ok|okay|actually)\s+(?:yeah|yes|yep|ya)\s*,?\s+(?:he|she|they|i|we|my\s+[a-z]+)\s+(?:did|had|has|have)|actually\s*,?\s+(?:he|she|they|i|we)\s+did)(?![a-z])|忘了说|忘说了|忘记说|忘了讲|忘讲了|没说实话|没讲实话|说实话|老实说|想起来了|刚想起来|刚才没(?:说|讲)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex WantWords = new(
        @"(?<![a-z])(?:want|wants|rather|instead|prefer|would like|i'd like|give me|can i (?:get|have))(?![a-z])|想|要|还是|宁愿|改成|给我",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>A wish already held changes only when the customer means it: asked for it, deciding on an offer, correcting,
    /// or in words of wanting — not "都是你们师傅修的" while answering another question.</summary>
    private bool WishIsMeant(bool correcting) =>
        correcting || _state.Asking == FactQuestion.Wants || _state.Step == ComplaintStep.AwaitingAgreement || WantWords.IsMatch(_text)
        || IsOnlyAWish();

    /// <summary>"退款", "a refund": a message that is nothing but a wish means it, whatever was said before.</summary>
    private bool IsOnlyAWish() =>
        _said.Symptoms.Count == 0 && _said.Models.Count == 0 && _said.Serial is null && _said.Dates.Count == 0
        && _text.Count(UtteranceText.IsCjk) <= 4 && System.Text.RegularExpressions.Regex.Count(_text, "[A-Za-z]+") <= 3;

    private static readonly string[] CorrectionOpenings =
    [
        "no,", "no ", "nope", "not quite", "not really", "actually", "sorry,", "sorry ", "correction", "wait", "i mean", "i meant", "oops",
        "不对", "不是", "错了", "其实", "应该是", "搞错", "写错", "说错", "更正", "我是说",
        "hold on", "hang on", "thinking about it", "on second thought", "come to think of it", "等一下", "等等", "哦不对",
    ];

    /// <summary>Words that correct wherever they stand: "hold on. thinking about it, the whining actually started in July".</summary>
    private static readonly string[] CorrectionMarkers =
    [
        " actually ", "i mean ", "i meant ", "correction", "come to think of it", "now that i think", "i got that wrong", "i was wrong",
        "thinking about it", "on second thought", "second thoughts", "changed my mind", "change of plan", "想了想", "想了一下", "改主意",
        "其实", "搞错", "写错", "说错", "记错", "更正", "我是说", "刚才说错", "刚才那个",
    ];

    /// <summary>A message that opens by correcting us ("no, it started on 1 December", "actually I bought it in March").</summary>
    private bool IsCorrection()
    {
        var text = _text.TrimStart().ToLowerInvariant();
        // "no lights, nothing, tried another socket" (round 172): the fault told with "no", more detail rather than a correction.
        return !NoAsTheFault().IsMatch(text) && CorrectionOpenings.Any(o => text.StartsWith(o, StringComparison.Ordinal))
            || CorrectionMarkers.Any(m => text.Contains(m, StringComparison.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^no\s+(?:lights?|power|display|flame|fire|heat|hot\s+water|sound|signal|response|picture|screen|sparks?|clicks?|ignition|suction|airflow|pressure|output|print(?:ing|outs?)?|connection|network|internet|wi-?fi|reaction|life|leds?|beeps?|noise|lamp)(?![a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NoAsTheFault();

    /// <summary>The fact sheet as one string, to see whether a message changed it (not the mood: only facts).</summary>
    private string FactsKey() => string.Join("|", DecidingFactsKey(), _state.Wants, _state.AmountAsked, _state.Phone, _state.Email);

    /// <summary>The facts the coverage decision and the offers rest on: a change to one of them is a correction to decide again.</summary>
    private string DecidingFactsKey() => string.Join("|", _state.Model, _state.Serial, _state.OrderNumber, string.Join(",", _state.Symptoms),
        _state.StartedOn, string.Join(",", _state.Causes.Select(c => c.Key + c.Value)), string.Join(",", _state.SuspectedCauses), _state.PartCode);

    /// <summary>"It was already dripping in the shop before we bought it", "display model", 买之前就有: before the sale, not at it.</summary>
    private static readonly System.Text.RegularExpressions.Regex BeforeTheSale = new(
        @"before (?:we|i) (?:bought|purchased|paid for) it|before buying it|(?:already|was)\b[^.!?;]{0,40}\bin the (?:shop|store|showroom)|display (?:model|unit)|floor model|ex-display|买之前|还没买|在店里(?:的时候)?就|样机",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private bool _wishChanged;
    private bool _startCorrected;

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_turn.Now, CustomerTimeZone()).DateTime);

    /// <summary>The card's answers, validated like typed ones.</summary>
    private void AbsorbCard(IReadOnlyDictionary<string, string> card)
    {
        if (card.TryGetValue("serial", out var serial))
        {
            var upper = serial.ToUpperInvariant();
            if (upper.StartsWith("SO-", StringComparison.Ordinal)) _state.OrderNumber = upper;
            else if (upper != _state.Serial)
            {
                _state.Serial = upper;
                _state.SaleDate = null;
            }
        }
        if (card.TryGetValue("started", out var started) && DateOnly.TryParseExact(started, "yyyy-MM-dd", out var date) && date <= Today)
        {
            _state.StartedOn = date;
            _state.StartedApproximate = false;
            _state.StartedUncued = false;
            _state.StartedAsked = true;
        }
        if (card.TryGetValue("circumstances", out var causes))
        {
            var chosen = causes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var cause in AllCauses) _state.Causes[cause] = chosen.Contains(cause);
            _state.CircumstancesAsked = true;
        }
        if (card.TryGetValue("wants", out var wants)) _state.Wants = wants;
        if (card.TryGetValue("phone", out var phone))
        {
            var said = _services.Interpreter.Interpret(phone, new InterpretationContext(Activity.Locale, _turn.Now, CustomerTimeZone(), []));
            _state.Phone = said.Phone ?? _state.Phone;
            _state.Email = said.Email ?? _state.Email;
        }
    }
}

using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>At most this many messages of the story are kept: the case needs the story, not every message of a
    /// customer who never stops typing (the state is read and written whole every turn; ADR 0050).</summary>
    internal const int MaxHeard = 30;

    /// <summary>At most this many characters of the story are kept, for the same reason.</summary>
    internal const int MaxHeardChars = 6000;

    /// <summary>Keeps this message as part of the story, while the story is within its bounds.</summary>
    private void Hear()
    {
        if (_state.Heard.Count == 0 || _state.Heard.Count < MaxHeard && _state.Heard.Sum(h => h.Length) + _text.Length <= MaxHeardChars)
            _state.Heard.Add(_text);
    }

    private static readonly string[] DonePhrases =
    [
        // Terse (round 51): "no thx" to "anything else?" (the "no" is dropped before the comparison).
        "thx", "thanks", "thank you", "ty", "nothing thx", "nope thx",
        "that's all", "thats all", "that is all", "that's it", "thats it", "that is it", "that's everything", "thats everything",
        "that's about it", "thats about it", "nothing else", "nothing more", "i'm done", "im done", "done", "no more", "all done",
        // Typed by a non-native writer (round 174 hold-out: "no that all" asked again three times).
        "that all", "is all", "that all thing", "finish", "finished",
        "that's all i have", "nothing to add", "nothing", "that's the lot", "all good",
        "就这些", "就这样", "没了", "没有了", "都没有", "暂时没有", "暂时没了", "暂时就这些", "目前没有", "目前就这些", "没有别的了", "没别的", "没有别的", "说完了", "就这么多", "没有其他", "没其他", "差不多了", "就是这样", "没啥了",
        // Typed as pinyin or in chat spelling (round 11).
        "mei le", "meile", "mei you le", "meiyoule", "jiu zhe xie", "jiuzhexie", "mei bie de", "木有了",
    ];

    /// <summary>Step 1: let the customer speak, and move on when they are done, or by itself once a product and a
    /// problem are known (or after a few messages): the restatement lets them add anything missed.</summary>
    private async Task ListenAsync(CancellationToken ct)
    {
        // "nope, that's everything. Give me a case number at the end": closed, and the number promised (read as a "no").
        if (!IsDone() && AsksForTheNumber().IsMatch(_text) && ClosesTheStory())
        {
            await PromiseTheNumberAsync(ct);
            return;
        }
        if (IsDone() || _tookFacts && ReadyToConfirm() || _state.ListenReplies >= Options.ListeningMessages)
        {
            if (!IsDone() || _state.Heard.Count == 0) Hear(); // never an empty story restated
            _flow.FinishVenting();
            await AskToConfirmAsync(ct, added: !IsDone() || _tookFacts);
            return;
        }
        Hear();
        _flow.HearMore();
        SayListening();
    }

    /// <summary>A different sentence each time, angrier words met with more understanding.</summary>
    private void SayListening()
    {
        var key = _said.Anger >= 2 && _state.ListenReplies % 2 == 0 ? "Listen.Angry" : "Listen.More." + (_state.ListenReplies % 3 + 1);
        _state.ListenReplies++;
        Say(key).Buttons("Button.ThatsAll");
    }

    private bool ReadyToConfirm() =>
        (_state.Model is not null || _state.ProductMentioned || _state.Serial is not null || _state.OrderNumber is not null)
        && (_state.Symptoms.Count > 0 || _state.PartCode is not null);

    /// <summary>"nope, that's everything. And give me the case number at the end": one of the first two clauses closes the story.</summary>
    private bool ClosesTheStory() =>
        IsDone() || System.Text.RegularExpressions.Regex.Split(_text, @"[,.;:!?，。；：！？\n]|\s[-–—]+\s")
            .Where(c => c.Trim().Length > 0).Take(2).Any(c => IsDone(c, bareNo: false));

    /// <summary>"no that's it", "nope, that's everything", 就这些吧, 没了: a short message that closes the story.</summary>
    private bool IsDone() => IsDone(_text);

    /// <summary>"到现在一个电话都没有" (round 134: not one call back): a longer Chinese message whose closing words are part of a clause
    /// about something else closes nothing; the phrase must stand as a clause of its own ("好的 就这些", "没有别的了 谢谢").</summary>
    private static bool ADonePhraseInsideASentence(string words) =>
        words.Count(UtteranceText.IsCjk) > 12
        && !words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(clause => clause.TrimEnd('吧', '了', '啊', '呢', '哈', '的'))
            .Any(clause => DonePhrases.Any(p => clause == p || clause.StartsWith(p, StringComparison.Ordinal) && clause.Length <= p.Length + 3));

    /// <param name="bareNo">Whether a bare "no" closes it (a whole message, not a clause of one: "no, and the door is loose").</param>
    private bool IsDone(string said, bool bareNo = true)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(said.ToLowerInvariant().Replace('’', '\''), @"[^\w']+", " ").Trim();
        // A whole word only: "nothing more" keeps its "no" ("thing more" is no closing phrase).
        var saysNo = System.Text.RegularExpressions.Regex.IsMatch(text, @"^(?:no|nope|nah)(?![a-z'])");
        // "no more" (round 174: typed three times, asked again twice): a closing phrase that starts with its own "no".
        if (text is "no more" or "nothing more" or "no more thing" or "no other" or "no other thing" or "nothing other") return true;
        text = System.Text.RegularExpressions.Regex.Replace(text, @"^(?:(?:no|nope|nah|um|uh|ok|okay|yes|yeah|well)(?![a-z'])|嗯|呃|不|好)\s*", "").Trim();
        // A kind word after the no (round 115: "no dear", "nope love, that's it"): the no is the answer.
        text = System.Text.RegularExpressions.Regex.Replace(text, @"^(?:dear|love|luv|mate|hun|hon|honey|sweetie|pet|darling|sir|madam|ma'am)(?![a-z'])\s*", "").Trim();
        // Particles go for the comparison, but "没了" must not shrink to "没": the phrase is tried both ways.
        var whole = text;
        text = text.TrimEnd('吧', '了', '啊', '呢', '哈', '的').Trim();
        if (text.Length == 0) return bareNo && (_said.Intent == Intent.No || saysNo);
        if (text == Text("Button.ThatsAll").ToLowerInvariant()) return true;
        var isShort = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 7 && text.Count(char.IsLetter) <= 40;
        return bareNo && _said.Intent == Intent.No && _said.Symptoms.Count == 0 && isShort
            || isShort && _said.Symptoms.Count == 0 && DonePhrases.Any(p => text.Contains(p, StringComparison.Ordinal) || whole.Contains(p, StringComparison.Ordinal))
                && !ADonePhraseInsideASentence(whole);
    }

    /// <summary>Step 2: apologise, restate the problem in a sentence, and ask whether it is right.</summary>
    /// <remarks>The apology is said once: a restatement asked again (the customer added something) says so instead of
    /// repeating the same sentence.</remarks>
    /// <param name="resuming">Asked again after an interruption that added nothing (a question, a pause): no "I've added that".</param>
    /// <param name="added">This message added to the story: "I've added that" is said only then.</param>
    private async Task AskToConfirmAsync(CancellationToken ct, bool resuming = false, bool added = true)
    {
        if (added && !resuming) _state.DoneAtConfirm = false; // a new restatement: "that's all" to it is asked about once again
        var key = !_state.Restated ? "Confirm" : resuming && !_tookFacts ? "Confirm.Resume" : added ? "Confirm.Again" : "Confirm.Plain";
        var restatement = await RestatementAsync(ct);
        // Never the same sentence twice in a row: a message that changed nothing in the restatement is noted in fewer words,
        // and the summary just given is pointed at (two wordings, taken in turn).
        var reply = Text(key, restatement);
        var pointedAt = _state.LastConfirmReply == Text("Confirm.Noted") || _state.LastConfirmReply == Text("Confirm.NotedToo");
        if (reply == _state.LastConfirmReply || pointedAt && key == "Confirm.Again" && restatement == _state.LastRestatement)
            reply = Text(_state.LastConfirmReply == Text("Confirm.Noted") ? "Confirm.NotedToo" : "Confirm.Noted");
        SayText(reply).Buttons("Button.Yes", "Button.No");
        _state.LastConfirmReply = reply;
        _state.LastRestatement = restatement;
        _state.Restated = true;
    }

    /// <summary>Yes goes on; a correction with facts in it is taken and restated; a bare no listens for the correction.</summary>
    private async Task ConfirmAsync(CancellationToken ct)
    {
        var yesAndMore = _said.Intent == Intent.Yes && YesAndMore.IsMatch(_text) && !TurnsItDown.IsMatch(_text);
        // "嗯 就是没粉了", "yeah it's just the toner": agreement opening more words (round 22); and the same words sent again
        // after they were restated are insisted on, not new: confirmed, never the same restatement in a loop.
        var agreesInOtherWords = _said.Intent is not (Intent.No or Intent.Cancel or Intent.Human) && !IsCorrection()
            && (AgreeingOpening.IsMatch(_text) || _state.Heard.Contains(_text, StringComparer.Ordinal) || AgreesLast.IsMatch(_text) || GrudgingYes.IsMatch(_text) && Grudge.IsMatch(_text));
        if (agreesInOtherWords && !_tookFacts || _yesAfterWhy)
        {
            Hear();
            await ConfirmedAsync("Gather.Start", ct);
            return;
        }
        if ((_said.Intent == Intent.Yes || _text == Text("Button.Yes")) && (!IsCorrection() || yesAndMore))
        {
            // "yes, but it's got worse now": confirmed, and what it adds is kept in the customer's words.
            if (yesAndMore) Hear();
            await ConfirmedAsync("Gather.Start", ct);
            return;
        }
        if (_tookFacts)
        {
            Hear();
            await AskToConfirmAsync(ct);
            return;
        }
        if (_said.Intent == Intent.No || _text == Text("Button.No") || IsCorrection())
        {
            if (++_state.ConfirmRejections >= 3)
            {
                // Turned down a third time with nothing we could restate better: their own words go on the case and we go on.
                await ConfirmedAsync("Confirm.InYourWords", ct);
                return;
            }
            _flow.CorrectProblem();
            _state.Correcting = true;
            Say("Confirm.Correct").Buttons("Button.ThatsAll");
            _state.LastConfirmReply = null; // the restatement asked again after this is not "the same reply twice in a row"
            return;
        }
        // "that's all" / 就这些 to "is that correct?": nothing added, so asked again plainly (never "I've added that").
        if (IsDone() && !_state.DoneAtConfirm)
        {
            _state.DoneAtConfirm = true;
            await AskToConfirmAsync(ct, added: false);
            return;
        }
        if (IsDone())
        {
            // The second "that's how it is" to the same restatement: the customer stands by it.
            await ConfirmedAsync("Gather.Start", ct);
            return;
        }
        // The customer added to the story in their own words: take them in and restate again.
        Hear();
        await AskToConfirmAsync(ct);
    }

    /// <summary>The restatement stands: said so (<paramref name="key"/>) and the facts are gathered.</summary>
    private async Task ConfirmedAsync(string key, CancellationToken ct)
    {
        _flow.ConfirmProblem();
        Say(key);
        await AskNextAsync(ct);
    }

    /// <summary>An agreeing word and a pause before more words: "嗯 就是没粉了", "yeah, it's just the toner", "对 就这么个事".</summary>
    private static readonly System.Text.RegularExpressions.Regex AgreeingOpening = new(
        @"^\s*(?:嗯+|嗯嗯|对|对对|是的?|行吧|好吧|那好吧|算是吧|yeah|yep|yup|ya|yes)[\s,，。.!！]+\S",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>A hedge first and the yes last (round 154: "I wouldn't say that's not it. yes, that's exactly it", 也不能说不对，对，就是这样).</summary>
    private static readonly System.Text.RegularExpressions.Regex AgreesLast = new(
        @"[.!?;,。！？；]\s*(?:yes|yeah|yep|correct|exactly|that'?s\s+(?:exactly\s+)?(?:it|right|correct))(?:,?\s+(?:that'?s|that\s+is)\s+(?:exactly\s+|just\s+)?(?:it|right|correct))?\s*[.!]*\s*$|[，。！,]\s*(?:对|对的|是的|没错|是这样|就是这样)[，,]?\s*(?:就是这样|就是这个|说得对)?\s*[。！!]*\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>A grudging yes, all the message says (round 162): "i guess, yes", "fine. yeah, that's about it i suppose", "if you say
    /// so", 行吧，是这样, 那好吧, 也只能这样了.</summary>
    private static readonly System.Text.RegularExpressions.Regex GrudgingYes = new(
        @"^\s*(?:(?:fine|ok|okay|alright|sure|yeah|yes|yep|i\s+suppose(?:\s+so)?|i\s+guess(?:\s+so)?|if\s+you\s+say\s+so|close\s+enough|more\s+or\s+less|pretty\s+much|basically|that'?s\s+(?:basically\s+|about\s+|more\s+or\s+less\s+|pretty\s+much\s+)?(?:it|right))(?:\s+i\s+(?:suppose|guess))?[\s,.!…]*)+$|^\s*(?:那)?(?:好吧|行吧|行|好|嗯|也只能这样了?|凑合吧|就这样吧)[，,。.!！\s]*(?:是这样|就是这样|对|是的|没错)?[。.!！\s]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The grudge itself, without which "that's it" to the restatement closes nothing (round 16: asked again plainly).</summary>
    private static readonly System.Text.RegularExpressions.Regex Grudge = new(
        @"(?<![a-z])(?:fine|i\s+suppose|i\s+guess|if\s+you\s+say\s+so|close\s+enough|more\s+or\s+less|pretty\s+much|basically)(?![a-z])|好吧|行吧|也只能|凑合|就这样吧",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex YesAndMore = new(
        @"^\s*(?:yes|yeah|yep|yup|ya|yah|correct|right|exactly|that'?s right|pretty much|basically|对|对的|是的|是|没错|嗯|基本上?是?)[\s,，.。!！~—–-]*(?:but|though|although|and|except|only|plus|also|however|但是|不过|但|而且|还有|就是|只是|另外)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex TurnsItDown = new(
        @"not (?:quite|really|right|exactly)|(?<![a-z])wrong(?![a-z])|isn'?t right|不对|不是这样|不完全|错了",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The model's words when it has them (facts from the state, never from the model), else the template.</summary>
    private async Task<string> RestatementAsync(CancellationToken ct)
    {
        var facts = new RestatementFacts(_state.Language, _state.Model is { } m ? DisplayName(m) : null,
            [.. _state.Symptoms.Select(SymptomPhrase).OfType<string>()], _state.StartedOn, _state.Heard);
        return await _services.Wording.RestateAsync(facts, _model, ct) ?? Restatement();
    }

    private string Restatement()
    {
        var product = _state.Model is { } model
            ? Text("Restate.Product", DisplayName(model))
            : Text("Restate.Unknown");
        var symptoms = _state.Symptoms.Select(SymptomPhrase).Where(p => p is not null).ToList();
        // "the toner in our LP-2200 has run out", 复印机提示墨粉没了 (round 119): the part named is the problem restated, not a quote.
        if (symptoms.Count == 0 && _state.PartCode is { } part && PartWord(part) is { } partWord)
            return Text("Restate.Part", product, partWord);
        if (symptoms.Count == 0)
        {
            return Text("Restate.Words", Shortened(string.Join(" ", _state.Heard).Trim(), 160));
        }
        var sentence = Text("Restate.Symptoms", product, string.Join(_state.Language == "zh" ? "、" : ", ", symptoms));
        if (_state.StartedOn is { } since) sentence += (_state.Language == "zh" ? "，" : " ") + Text(_state.StartedApproximate ? "Restate.SinceAbout" : "Restate.Since", FormatDate(since));
        return sentence;
    }

    /// <summary>At most about <paramref name="max"/> characters, cut at a word or sentence boundary, never mid-word.</summary>
    private static string Shortened(string words, int max)
    {
        if (words.Length <= max) return words;
        var cut = words.LastIndexOfAny([' ', '，', '。', ',', '.', '！', '？', '!', '?'], max);
        return (cut > max / 2 ? words[..cut] : words[..max]).TrimEnd(' ', ',', '，', '.', '。') + "…";
    }

    private string? PartWord(string code)
    {
        try
        {
            return Text("Part." + code);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private string? SymptomPhrase(string code)
    {
        try
        {
            // Software "won't switch on" is a program that won't open (打不开).
            return Text(code == "NO_POWER" && IsSoftwareLine(_state.LineCode ?? _modelLine) ? "Symptom.NO_POWER.Software" : "Symptom." + code);
        }
        catch (InvalidOperationException)
        {
            return null; // a code without a phrase: the restatement quotes the customer instead
        }
    }

    private string DisplayName(string model) => _catalogNames.TryGetValue(model, out var name) ? name : model;

    private string FormatDate(DateOnly date) =>
        _state.Language == "zh" ? $"{date.Year}年{date.Month}月{date.Day}日" : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

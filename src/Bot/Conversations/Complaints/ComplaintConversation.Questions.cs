using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    private static readonly Regex WarrantyLength = new(
        @"how long.*(?:warranty|guarantee|covered)|(?:warranty|guarantee).*how long|how many (?:months|years)|when does (?:the|my) warranty|warranty (?:period|length)|(?:warranty|guarantee)[^.?!]{0,20}(?:\d|two|one|three) years?|保修(?:期)?(?:多久|多长|几年|几个月|到什么时候|到哪天)|保修[一二两三\d]+年|保[一二两三\d]+年|保多久|保几年|质保(?:多久|期)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex CostAsk = new(
        @"how much|what (?:does|will|would) it cost|cost to (?:fix|repair)|price|多少钱|收费吗|收不收费|要钱吗|要不要钱|费用多少|什么价|(?<![a-z])(?:charge|charges|fee|fees|call[\s-]?out)(?![a-z])|will it cost|cost (?:me )?anything|会不会收费|收钱吗|要收钱|要付钱|花钱吗|上门费",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"How long will the repair take?", 一般多久能上门: the service times, not the warranty's length.</summary>
    private static readonly Regex ServiceTime = new(
        @"how (?:long|soon|quickly|fast)[^?.!]{0,30}(?:repair|fix|come|visit|someone|technician|engineer|take|get here|send)|when (?:can|will|could|would) (?:someone|somebody|a technician|an engineer|you|your technician|the technician) (?:come|be here|get here|visit)|多久[^，。,.？?]{0,4}(?:上门|来人|来修|修好|能修|能到|到)|(?:修|上门|来人|维修)[^，。,.？?]{0,6}(?:要|需要|得)?多(?:久|长时间)|几天(?:能|可以)?(?:修好|上门|来)|什么时候(?:能|可以)?(?:上门|来修|来人|派人)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"What are your opening hours?", "are you open on saturdays?", 周末上班吗: the staffed hours, with their zone.</summary>
    private static readonly Regex OpeningHours = new(
        @"opening hours|opening times|business hours|office hours|working hours|support hours|service hours|hours of (?:business|service)|what time do you (?:open|close|start|finish)|when (?:are|r) you open|(?:are|r) (?:you|u) (?:guys )?open|open on (?:the )?(?:weekends?|saturdays?|sundays?|holidays?)|(?:do|work|come|visit)\w*\s+(?:(?:at|on|over)\s+)?(?:the\s+)?weekends?|weekend (?:visits?|service|hours)|(?:work|open) (?:on )?(?:saturdays?|sundays?)|营业时间|上班时间|工作时间|几点上班|几点下班|几点开门|周末(?:上班|有人|上门|营业|休息|能来|可以上门|也上门)|周[六日天][^，。,.？?]{0,4}(?:上班|上门|有人|营业)|节假日(?:上班|上门|有人|营业)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"Can I get an invoice for the repair?", 没发票了还能保修吗, 能开专票吗: invoices, both ways (not the invoice printer).</summary>
    private static readonly Regex InvoiceAsk = new(
        @"(?<![a-z])(?:invoice|invoices|receipt|receipts|vat)(?![a-z])(?!\s*(?:printer|printing))|发票(?!打印|机)|收据(?!打印|机)|专票|普票|小票(?!打印|机)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] DaysEn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] DaysZh = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    /// <summary>The staffed hours (<c>Escalation:StaffedHours</c>), in the business zone, named; the bot itself never closes.</summary>
    private void AnswerOpeningHours()
    {
        var schedule = _services.Escalation.Value.FindStaffedHours();
        var zh = _state.Language == "zh";
        DayOfWeek[] week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        var hours = week.Select(d => schedule.Week[d]).ToList();
        static string Span((TimeSpan Open, TimeSpan Close) h) =>
            $"{h.Open.Hours:00}:{h.Open.Minutes:00}–{(int)h.Close.TotalHours:00}:{h.Close.Minutes:00}";
        var text = hours.All(h => h is not null && h == hours[0])
            ? (zh ? "每天 " : "every day, ") + Span(hours[0]!.Value)
            : string.Join(zh ? "；" : "; ", week.Select((d, i) => (zh ? DaysZh[i] : DaysEn[i]) + " " + (hours[i] is { } h ? Span(h) : zh ? "休息" : "closed")));
        var zone = schedule.Zone;
        Say("Answer.Hours", text, CustomerTime.ZoneName(zone, zone.GetUtcOffset(_turn.Now), zh));
    }

    /// <summary>"Can I get it in writing?", 能给个书面的报价单吗: the handling agreement is the written record.</summary>
    private static readonly Regex InWriting = new(
        @"in writing|written (?:quote|confirmation|copy|estimate|record|agreement)|(?:a )?(?:copy|record) of (?:the|this|our) (?:agreement|quote|offer)|quote in writing|(?:confirm|confirmation) (?:by|via|in an?) (?:e-?mail|writing)|书面|报价单|(?:给|开|要|出|提供)[^，。]{0,4}凭证|回执|纸质|盖章|开个?证明",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"Is a gas hob still covered if it's 10 months old?", 买了十个月还在保吗: the warranty's length, asked as coverage.</summary>
    private static readonly Regex StillCovered = new(
        @"(?:still|be|is|it)\s+(?:covered|under (?:the )?warranty|in warranty)|covered if|还在保|在保吗|过保了吗|还保吗|还能保修|还保修吗",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The software's annual maintenance fee has its own article, which answers it better.</summary>
    private static readonly Regex AnnualFee = new(@"annual|maintenance|年费|维护费", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A question mark or a question word ("is it", 吗, 多久): without one, a warranty mention is a remark.</summary>
    private static readonly Regex AsksSomething =
        AfterSalesBot.Bot.Conversations.Understanding.Text.PhraseTable<bool>.Compile(AfterSalesBot.Bot.Conversations.Understanding.Vocabulary.IntentWords.QuestionMarks);

    private static readonly Regex FreeAsk = new(@"free|for nothing|covered|under (?:the )?(?:warranty|contract)|免费|送|白给|不要钱|保修|保不保|包不包|在保", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// A question answered in a sentence or two that answer it: the warranty's own numbers for this customer's product,
    /// consumables plainly, else the best article's opening sentences, with the source cited.
    /// </summary>
    private async Task AnswerQuestionAsync(CancellationToken ct)
    {
        // A consumable named in a question about buying it ("原装墨盒在哪里能买到？"), whether or not it ran out.
        var folded = _text.ToLowerInvariant();
        if ((_said.Consumable is not null || ConsumableRecogniser.IsNamed(folded)) && IntentRecogniser.AsksHowToBuy(folded))
        {
            Say("Answer.Consumable");
            return;
        }
        if (WarrantyLength.IsMatch(_text))
        {
            await AnswerWarrantyLengthAsync(ct);
            return;
        }
        if (OpeningHours.IsMatch(_text))
        {
            AnswerOpeningHours();
            return;
        }
        if (InWriting.IsMatch(_text))
        {
            Say("Answer.InWriting");
            return;
        }
        if (InvoiceAsk.IsMatch(_text) && !WarrantyLength.IsMatch(_text) && _said.Consumable is null && _said.Symptoms.Count == 0)
        {
            Say("Answer.Invoice");
            return;
        }
        if (ServiceTime.IsMatch(_text) && !CostAsk.IsMatch(_text))
        {
            await AnswerFromArticleAsync(_state.Language == "zh" ? "上门服务多久能到" : "how quickly will a technician come", ct);
            return;
        }
        if (_state.Step == ComplaintStep.Idle && _said.Consumable is null && StillCovered.IsMatch(_text))
        {
            await AnswerWarrantyLengthAsync(ct);
            return;
        }
        if (_said.Consumable is not null && FreeAsk.IsMatch(_text))
        {
            Say("Answer.Consumable");
            return;
        }
        if (_said.Intent == AfterSalesBot.Bot.Conversations.Understanding.Intent.WarrantyQuestion && _state.Verdict is null && _flow.IsInComplaint
            && !AsksSomething.IsMatch(_text.ToLowerInvariant()))
        {
            // "probably out of warranty anyway, but worth asking": a remark, not a question, and the check is ahead.
            Say("Answer.WarrantyAfterCheck");
            return;
        }
        if (CostAsk.IsMatch(_text) && _state.Step == ComplaintStep.AwaitingAgreement && _state.OfferIndex < _state.Offers.Count && !AnnualFee.IsMatch(_text))
        {
            // "How much will that cost all in?" at the offer: this offer's own price, not an article about fees.
            var offer = _state.Offers[_state.OfferIndex];
            if (AfterSalesBot.Escalation.Approvals.RemedyTerms.MoneyOf(ToSheetRemedy(offer)) is (AfterSalesBot.Escalation.Approvals.RemedyMoney.FeeCustomerPays, var fee))
                Say("Answer.OfferCost", FormatMoney(fee, offer.Currency), offer.Description);
            else Say("Answer.OfferFree", offer.Description);
            return;
        }
        if (CostAsk.IsMatch(_text) && _state.Verdict is null && !AnnualFee.IsMatch(_text))
        {
            // Before the warranty is checked no article knows this customer's price: say when they will hear it.
            Say("Answer.CostAfterCheck");
            return;
        }
        if (_state.Step == ComplaintStep.Gathering && _state.Asking == FactQuestion.Serial && !CostAsk.IsMatch(_text) && !FreeAsk.IsMatch(_text))
        {
            // "is it behind the grease filter?", 说明书上有没有 while the serial is asked: about where it is (round 23), never
            // the article its other words find (the grease filter's noise article).
            await AnswerFromArticleAsync(_state.Language == "zh" ? "机身号码在哪里" : "where do I find the serial number", ct);
            return;
        }
        var hits = _services.Search.Search(_text, new SearchOptions { Product = _state.Model ?? LineOfTheFaults(), Top = 3, Language = _state.Language });
        var composed = await _services.Wording.AnswerAsync(new WarrantyQuestion(_text, _state.Language, _state.Model, hits), _model, ct);
        if (composed is not null)
        {
            var titles = composed.Cited.Select(a => $"[{a.Code}] " + (_state.Language == "zh" ? a.TitleZh : a.TitleEn));
            SayText(composed.Text + "\n\n" + Text("Warranty.Sources", string.Join(_state.Language == "zh" ? "；" : "; ", titles)));
            return;
        }
        if (hits.Count == 0)
        {
            Say("Warranty.NoArticle");
            return;
        }
        await SayArticleAsync(hits[0], ct);
    }

    /// <summary>Faults only one product line has (catalog line codes): a kitchen appliance, an office machine, a program.</summary>
    private static readonly Dictionary<string, string> FaultLine = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GAS_SMELL"] = "KITCHEN", ["NO_IGNITION"] = "KITCHEN", ["FLAME_GOES_OUT"] = "KITCHEN", ["NO_HOT_WATER"] = "KITCHEN",
        ["LEAK"] = "KITCHEN", ["WEAK_SUCTION"] = "KITCHEN", ["PAPER_JAM"] = "OFFICE", ["PRINT_QUALITY"] = "OFFICE",
        ["INSTALL_FAILURE"] = "FINANCE_SW", ["LICENCE_ERROR"] = "FINANCE_SW", ["DATA_BACKUP"] = "FINANCE_SW", ["REPORT_WRONG"] = "FINANCE_SW",
        ["SLOW"] = "FINANCE_SW", ["CONNECTION"] = "FINANCE_SW",
    };

    /// <summary>Before the product is known, the product line its faults name, so the search's own product filter keeps the
    /// articles of that line and the general ones (round 91: "知道可能要收费 你们能弄吗" about report figures was answered with the
    /// gas stove's parts article); null when the faults name no line or more than one.</summary>
    private string? LineOfTheFaults()
    {
        var lines = _state.Symptoms.Select(s => FaultLine.GetValueOrDefault(s)).OfType<string>().Distinct().ToList();
        return lines.Count == 1 ? lines[0] : null;
    }

    /// <summary>The article that answers a question asked in other words (the service times), its fitting lines quoted.</summary>
    private async Task AnswerFromArticleAsync(string query, CancellationToken ct)
    {
        var hits = _services.Search.Search(query, new SearchOptions { Product = _state.Model, Top = 1, Language = _state.Language });
        if (hits.Count == 0) Say("Warranty.NoArticle");
        else await SayArticleAsync(hits[0], ct);
    }

    private async Task SayArticleAsync(SearchHit hit, CancellationToken ct)
    {
        var article = await _services.Catalog.ArticleBodyAsync(hit.Code, _state.Language, ct);
        var answer = article is not null && ArticleLines.ForProduct(article, await ProductWordsAsync(ct)) is { } part
            ? part
            : FirstSentences(article ?? (_state.Language == "zh" ? hit.SnippetZh : hit.SnippetEn), 2);
        Say("Answer.Article", answer, hit.Code, _state.Language == "zh" ? hit.TitleZh : hit.TitleEn);
    }

    /// <summary>Where this customer's serial is: the serial article's opening and its line for their product.</summary>
    private async Task<string> SerialWhereAsync(CancellationToken ct)
    {
        var hits = _services.Search.Search(_state.Language == "zh" ? "机身号码在哪里" : "where do I find the serial number",
            new SearchOptions { Product = _state.Model, Top = 1, Language = _state.Language });
        if (hits.Count == 0) return "";
        var article = await _services.Catalog.ArticleBodyAsync(hits[0].Code, _state.Language, ct) ?? "";
        return ArticleLines.ForProduct(article, await ProductWordsAsync(ct)) ?? FirstSentences(article, 2);
    }

    /// <summary>The customer's product in words: its names when the model is known, else what they said about it.</summary>
    private async Task<string> ProductWordsAsync(CancellationToken ct)
    {
        var words = string.Join(" ", _state.Heard.Append(_text));
        if (_state.Model is not { } model) return words;
        // "DC4525" as the articles write serial prefixes ("复印机(DC3020、DC4525 开头)"), beside "DC-4525" and its names.
        return string.Join(" ", model, model.Replace("-", "", StringComparison.Ordinal),
            await _services.Catalog.DisplayNameAsync(model, "en", ct), await _services.Catalog.DisplayNameAsync(model, "zh", ct));
    }

    /// <summary>The policy's numbers: this unit's dates when the purchase is known, else the product's (or the usual) months.</summary>
    private async Task AnswerWarrantyLengthAsync(CancellationToken ct)
    {
        if (_state.Serial is not null || _state.OrderNumber is not null)
        {
            var found = await FindPurchaseAsync(ct);
            if (found.File is { } file)
            {
                var product = file.Product;
                if (product.PartsWarrantyMonths != product.LabourWarrantyMonths)
                {
                    var sold = file.Purchase.SaleDate;
                    Say("Answer.WarrantySplit", DisplayName(product.Model), FormatDate(sold), product.PartsWarrantyMonths,
                        FormatDate(sold.AddMonths(product.PartsWarrantyMonths)), product.LabourWarrantyMonths, FormatDate(sold.AddMonths(product.LabourWarrantyMonths)));
                    return;
                }
                var months = Math.Max(product.PartsWarrantyMonths, product.LabourWarrantyMonths);
                var until = file.Purchase.SaleDate.AddMonths(months);
                Say(until >= Today ? "Answer.WarrantyUntil" : "Answer.WarrantyEnded", DisplayName(product.Model), months,
                    FormatDate(file.Purchase.SaleDate), FormatDate(until));
                return;
            }
        }
        if (_state.Model is { } model && await _services.Catalog.WarrantyMonthsAsync(model, ct) is { } known)
        {
            Say("Answer.WarrantyModel", DisplayName(model), known.Parts, known.Labour);
            return;
        }
        Say("Answer.WarrantyGeneral");
    }

    /// <summary>An article's first sentences, whole: never a fragment that starts or ends mid-sentence.</summary>
    private static string FirstSentences(string body, int count)
    {
        var text = body.Replace("…", "", StringComparison.Ordinal).Trim();
        var ends = Regex.Matches(text, @"(?<=[.!?])\s+|(?<=[。！？])");
        if (ends.Count < count) return text;
        return text[..ends[count - 1].Index].Trim();
    }
}

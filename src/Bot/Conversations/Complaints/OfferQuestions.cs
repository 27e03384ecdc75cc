using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>What a customer asks about the remedy on the table before saying yes or no (round 97): when it happens, what it
/// costs, whether someone must be there, whether the product can still be used meanwhile, who does it, and what we need
/// from them (a password).</summary>
[Flags]
public enum OfferTopic
{
    None = 0,
    When = 1,
    Cost = 2,
    BeThere = 4,
    KeepUsing = 8,
    Who = 16,
    Access = 32,
}

/// <summary>
/// Reads the questions about the offer in a message: only clauses that ask (a question mark, a question word) count, so "ok,
/// book it, I'm home all day" asks nothing. "Before I say yes: how long…?" asks only: nothing outside its questions says yes
/// or no, so it is answered and the offer still stands (before: its "agree" recorded the agreement, and 派人过来 in a question
/// sent a technician).
/// </summary>
internal static partial class OfferQuestions
{
    /// <summary>The topics asked in the message's question clauses.</summary>
    public static OfferTopic Read(string text)
    {
        var topics = OfferTopic.None;
        foreach (var clause in Clauses(text).Where(c => c.Asks))
            topics |= TopicsOf(clause.Text);
        return topics;
    }

    /// <summary>At least one question about the offer, and no yes or no outside the questions (a preamble such as "before I
    /// agree" or 先问一下 says neither).</summary>
    /// <param name="answers">Whether a clause answers the offer (a yes, a no, the remedy named back: "退。钱几天到账？").</param>
    public static bool AsksOnly(string text, Func<string, bool> answers)
    {
        var clauses = Clauses(text);
        if (!clauses.Any(c => c.Asks && TopicsOf(c.Text) != OfferTopic.None)) return false;
        foreach (var clause in clauses)
        {
            // "if it's silly money I'll get one online", 太贵的话就算了 (round 150): what they do if the price is too dear says
            // neither yes nor no while the price is what they ask.
            if (Preamble().IsMatch(clause.Text) || PriceCondition().IsMatch(clause.Text)) continue;
            // "sure, what time would he come?", "可以 什么时候来", "no way, why should I pay?": a yes or a no first, then a question.
            if (answers(Head(clause.Text))) return false;
            if (!clause.Asks && answers(clause.Text)) return false;
        }
        return true;
    }

    /// <summary>The clause's first words: up to its first comma, else up to its first space ("可以 什么时候来"); none without either.</summary>
    private static string Head(string clause)
    {
        var cut = clause.IndexOfAny([',', '，', '、', ' ']);
        return cut > 0 ? clause[..cut] : "";
    }

    private static OfferTopic TopicsOf(string clause)
    {
        var topics = OfferTopic.None;
        if (When().IsMatch(clause)) topics |= OfferTopic.When;
        if (Cost().IsMatch(clause) || PriceDepends().IsMatch(clause)) topics |= OfferTopic.Cost;
        if (BeThere().IsMatch(clause)) topics |= OfferTopic.BeThere;
        if (KeepUsing().IsMatch(clause)) topics |= OfferTopic.KeepUsing;
        if (Who().IsMatch(clause)) topics |= OfferTopic.Who;
        if (Access().IsMatch(clause)) topics |= OfferTopic.Access;
        return topics;
    }

    private readonly record struct Clause(string Text, bool Asks);

    /// <summary>The message cut at sentence stops and question marks; a clause asks when a question mark ends it, it opens
    /// with a question word, or it carries a Chinese question word.</summary>
    private static List<Clause> Clauses(string text)
    {
        var clauses = new List<Clause>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            var c = end ? '\0' : text[i];
            if (!end && c is not ('?' or '？' or '.' or '。' or '!' or '！' or ';' or '；' or '\n' or ':' or '：')) continue;
            var piece = text[start..i].Trim();
            start = i + 1;
            if (piece.Length == 0) continue;
            clauses.Add(new Clause(piece, c is '?' or '？' || OpensWithAQuestionWord().IsMatch(piece) || ChineseQuestion().IsMatch(piece) || PriceDepends().IsMatch(piece)));
        }
        return clauses;
    }

    /// <summary>The answer made to depend on the price ("depends what it costs", 要看多少钱, 得看价格; round 150): the price is asked,
    /// and a "太贵的话就算了" beside it is no cancelling.</summary>
    public static bool DependsOnThePrice(string text) => PriceDepends().IsMatch(text) || PriceCondition().IsMatch(text) && Cost().IsMatch(text);

    [GeneratedRegex(@"(?:要|得|还得|那得|那要|先)?看(?:看)?(?:多少钱|价格|价钱|费用|收多少|要多少)|(?<![a-z])(?:(?:it|that)\s+)?depends(?:\s+on)?(?:\s*[-–—,:]\s*|\s+)(?:the\s+)?(?:price|cost|what\s+(?:it|that|they|a\s+\w+(?:\s+\w+)?|the\s+\w+)\s+costs?|how\s+much)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PriceDepends();

    [GeneratedRegex(@"(?:太贵|贵|不便宜|价格不合适|价钱不合适)的话|(?<![a-z])if\s+(?:it'?s|its|it\s+is|that'?s|the\s+price\s+is|they'?re)\s+(?:too\s+|really\s+|very\s+)?(?:expensive|dear|pricey|silly\s+money|crazy\s+money|a\s+lot|much|over\s+\d+)(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PriceCondition();

    [GeneratedRegex(@"^(?:and\s+|also\s+|so\s+|but\s+|plus\s+)?(?:how|what|when|who|whom|which|will|would|can|could|do|does|did|is|are|should|must|may|shall|any)(?![a-z'])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithAQuestionWord();

    [GeneratedRegex(@"[吗嘛么]$|[吗嘛]|多久|多长时间|多少|几天|几点|哪天|什么时候|啥时候|要不要|能不能|会不会|是不是|有没有|可不可以|行不行|用不用|需不需要|得不得|谁", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseQuestion();

    [GeneratedRegex(@"^(?:ok(?:ay)?[,\s]+)?(?:before\s+(?:i|we)\s+(?:say\s+yes|agree|decide|commit|accept|book)|(?:a\s+few|some|couple\s+of|two|three)\s+(?:practical\s+|quick\s+)?(?:things|questions)(?:\s+first)?|(?:hold\s+on|wait|hang\s+on|quick\s+question|questions?\s+first)(?:\s+a\s+(?:sec|second|minute))?)|^(?:先问(?:一下|问|几个问题|你)?|问(?:一下|几个问题)|在(?:同意|答应)(?:之前|前)|等一下|等等)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"(?<![a-z])(?:how\s+(?:soon|long|quickly|fast|many\s+days)|when|what\s+time|which\s+day|arrive|get\s+here|get\s+(?:someone\s+)?out)(?![a-z])|几天|多久|多长时间|什么时候|啥时候|几点|哪天|要等|多快|到账|能到|能来", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex When();

    [GeneratedRegex(@"(?<![a-z])(?:cost|costs|charge|charged|charges|pay|paying|free|fee|fees|price|how\s+much|money)(?![a-z])|收费|收钱|要钱|费用|多少钱|价格|价钱|免费|花钱|另外算|另外给|上门费|运费|工本费|要不要钱", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Cost();

    [GeneratedRegex(@"(?<![a-z])(?:be\s+(?:home|in|there|at\s+(?:the\s+)?(?:pc|computer|desk|office))|stay\s+(?:in|home)|(?:someone|somebody|anyone|anybody)\s+(?:to\s+be\s+|be\s+)?(?:home|in|there)|(?:someone|somebody)\s+(?:have|has|need|needs)\s+to|sitting\s+at|sit\s+(?:at|by)|take\s+(?:the\s+|a\s+)?day\s+off|at\s+home)(?![a-z])|家里[^，。,.!！？?]{0,4}(?:有人|没人)|有人在|要人在|在家|坐在电脑|守着|得有人|要有人", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeThere();

    [GeneratedRegex(@"(?<![a-z])(?:keep\s+(?:using|printing|posting|working|copying|it\s+running|running\s+it)|use\s+it\s+(?:meanwhile|in\s+the\s+meantime|until|till)|(?:still|safe\s+to)\s+use|carry\s+on\s+using|go\s+on\s+using)(?![a-z])|还能[^，。,.!！？?]{0,2}用|能不能[^，。,.!！？?]{0,2}用|继续用|凑合用|先复印|先打印|先用|开着用|还能不能", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeepUsing();

    [GeneratedRegex(@"(?<![a-z])(?:who(?:'s|\s+is|\s+will|\s+comes|\s+does|\s+takes|\s+fits)?|(?:does|will|would)\s+(?:a|an|the|your)\s+(?:technician|engineer|tech|someone)\s+come|bring\s+it|take\s+it\s+(?:in|somewhere)|your\s+own\s+(?:people|engineer|technician))(?![a-z])|谁来|谁装|谁拆|哪里的师傅|有[^，。,.!！？?]{0,4}师傅吗|派人|送过去|拿过去|自己送|自己装|师傅来装", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Who();

    [GeneratedRegex(@"(?<![a-z])(?:password|passwords|admin|log\s*-?in\s+details|credentials|prepare)(?![a-z])|账号|密码|权限|准备什么|准备些什么", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Access();
}

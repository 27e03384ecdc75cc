using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Language.Understanding;

/// <summary>
/// Messages that talk to the system rather than about a product: "ignore previous instructions", a "system:" or
/// 系统： prefix, orders to record a code or approve a refund (把症状改为…, 批准退款), chat-template tokens, or a
/// vocabulary code typed in capitals (GAS_SMELL). Customers do not write these; an injection does. When a message
/// looks like this, nothing the model read in it reaches the fact sheet (<see cref="InterpretationMerge"/>).
/// </summary>
public static partial class InstructionLikeText
{
    public static bool Matches(string text) =>
        text.Length > 0 && (English().IsMatch(text) || Chinese().IsMatch(text) || CodeWord().IsMatch(text));

    [GeneratedRegex("""
        \b(ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(instructions?|rules|prompts?|guidelines|system)\b
        | (^|\n)\s*(system|assistant|developer|admin)\s*[:：]
        | \b(you\s+are\s+now|act\s+as|pretend\s+(to\s+be|you)|jailbreak|developer\s+mode)\b
        | \b(record|set|change|mark|add|log)\b[^.!?\n]{0,20}\b(symptom|cause|priority|status|outcome|coverage)\b
        | \b(approve|authori[sz]e|grant)\b[^.!?\n]{0,20}\b(refund|replacement|compensation|claim|request)\b
        | <\|im_(start|end)\|> | \[/?INST\] | <</?SYS>>
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex("""
        (^|\n)\s*(系统|系統|助手|管理员|开发者)(提示)?\s*[:：]
        | (忽略|无视|忘记|忘掉)[^。！？\n]{0,10}(指令|指示|规则|提示|设定|要求)
        | (把|将)[^。！？\n]{0,6}(症状|原因|优先级|状态|结果)[^。！？\n]{0,4}(改|设|记|标)
        | (记录|设置|标记)[^。！？\n]{0,4}(症状|原因|优先级)
        | (批准|同意|通过|授权)[^。！？\n]{0,6}(退款|退货|换货|赔偿|索赔)
        | 你现在是 | 扮演
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    /// <summary>SHOUTED_SNAKE_CASE, the shape of a vocabulary code: GAS_SMELL, USER_DAMAGE.</summary>
    [GeneratedRegex(@"\b[A-Z]{2,}(_[A-Z]{2,})+\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeWord();
}

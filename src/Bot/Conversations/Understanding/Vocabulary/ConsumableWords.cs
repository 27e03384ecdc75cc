namespace AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

/// <summary>
/// Consumables (DOMAIN.md §6 CONSUMABLE) as customers name them, by the part codes the catalogue gives them. 硒鼓 is
/// what Chinese customers call a toner cartridge with its drum: the toner cartridge.
/// </summary>
internal static class ConsumableWords
{
    public static readonly (string Code, string[] Phrases)[] All =
    [
        // Cartridge as people type it (round 77): cartrige, catridge, cartidge.
        ("TONER", ["toner", "toner cartridge", "cartridge", "cartrige", "catridge", "cartidge", "catrige", "cartriges", "catridges", "cartidges", "墨粉", "碳粉", "粉盒", "墨粉盒", "硒鼓", "加粉", "没粉", "缺粉", "粉没了"]),
        // 换个新鼓 (round 126): the drum by its last character, asked for; never a casing that bulges (鼓起来).
        ("DRUM", ["drum", "drum unit", "imaging drum", "感光鼓", "鼓芯", "re:(?<=(?:换|买|要|更换|配)(?:个|一个|一只)?(?:新的?)?)鼓(?![起包胀])"]),
        ("INK", ["ink", "ink cartridge", "ink cartridges", "ink cartrige", "ink catridge", "ink cartidge", "墨盒", "墨水", "墨没了", "没墨了", "缺墨"]),
        // 那根黑色的布带子, 墨带 (round 29): an invoice printer's ribbon as an owner who never learnt its name calls it.
        ("RIBBON", ["ribbon", "ribbons", "色带", "墨带", "布带", "布带子", "色带子", "re:(?<![传皮输腰鞋胶安全])带子"]),
        ("CARRIER", ["carrier", "developer", "载体", "显影剂"]),
    ];
}

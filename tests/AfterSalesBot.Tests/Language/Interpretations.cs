using System.Text.Json;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Tests.Language;

internal static class Interpretations
{
    /// <summary>Two readings are the same when every field serialises the same (lists compare by content).</summary>
    public static void Same(Interpretation expected, Interpretation actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}

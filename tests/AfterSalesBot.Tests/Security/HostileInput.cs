using System.Text;
using System.Text.Json.Nodes;

namespace AfterSalesBot.Tests.Security;

/// <summary>Who a hostile request claims to be.</summary>
public enum Caller
{
    Nobody,
    /// <summary>The Direct Line token of the corpus's own conversation.</summary>
    ConversationToken,
    /// <summary>The Direct Line secret (the operator's back end).</summary>
    Secret,
    /// <summary>A signed-in supervisor's console cookie.</summary>
    Supervisor,
}

/// <summary>One hostile request: a name unique in the corpus, and what to send.</summary>
/// <param name="Path">May contain <c>{conversation}</c>, replaced by the corpus conversation's id.</param>
public sealed record HostileInput(
    string Name,
    HttpMethod Method,
    string Path,
    byte[]? Body = null,
    string? ContentType = null,
    Caller Caller = Caller.Nobody,
    IReadOnlyDictionary<string, string>? Headers = null,
    string? Authorization = null)
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Json(JsonNode node) => Utf8(node.ToJsonString());

    public override string ToString() => Name;
}

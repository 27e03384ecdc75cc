using System.Text;
using System.Text.Json.Nodes;

namespace AfterSalesBot.Tests.Security;

/// <summary>
/// A generated corpus of malformed and hostile requests across every route of the host (issue 13): broken JSON, every
/// field of an activity given every wrong kind of value, hostile ids in paths and queries, forged or malformed
/// credentials, wrong content types, broken multipart uploads, and console addresses with impossible values. Generated
/// from small lists, so a new route or field is one line; deterministic, so a failure names the same case each run.
/// </summary>
public static class HostileInputCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, HostileInput>> Cases = new(Build);

    public static IReadOnlyDictionary<string, HostileInput> All => Cases.Value;

    /// <summary>The case names, for an xunit theory (names serialise; the cases are looked up by name).</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys) data.Add(name);
        return data;
    }

    /// <summary>Text that is not JSON, or JSON that is not an object: what any JSON route must refuse with a reason.</summary>
    public static readonly (string Name, byte[] Body)[] BrokenJson =
    [
        ("empty", []),
        ("whitespace", Utf8("   \n\t ")),
        ("open brace", Utf8("{")),
        ("close brace", Utf8("}")),
        ("null", Utf8("null")),
        ("number", Utf8("42")),
        ("string", Utf8("\"text\"")),
        ("array", Utf8("[]")),
        ("array of objects", Utf8("[{\"type\":\"message\"}]")),
        ("trailing comma", Utf8("{\"type\":\"message\",}")),
        ("single quotes", Utf8("{'type':'message'}")),
        ("unquoted key", Utf8("{type:\"message\"}")),
        ("comment", Utf8("{/* hi */\"type\":\"message\"}")),
        ("truncated string", Utf8("{\"type\":\"mess")),
        ("bad escape", Utf8("{\"type\":\"message\",\"text\":\"\\x41\"}")),
        ("lone surrogate", Utf8("{\"type\":\"message\",\"text\":\"\\ud800\"}")),
        ("invalid utf-8", [.. Utf8("{\"type\":\"message\",\"text\":\""), 0xC3, 0x28, 0xFF, 0xFE, .. Utf8("\"}")]),
        ("utf-16 body", Encoding.Unicode.GetBytes("{\"type\":\"message\",\"text\":\"hi\"}")),
        ("bom then json", [0xEF, 0xBB, 0xBF, .. Utf8("{\"type\":\"message\",\"text\":\"hi\"}")]),
        ("nul bytes", [0, 0, 0, 0]),
        ("deep nesting", Utf8(new string('[', 5000) + new string(']', 5000))),
        ("deep object", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000))),
        ("duplicate keys", Utf8("{\"type\":\"message\",\"type\":\"event\",\"text\":\"x\",\"text\":5}")),
        ("huge number", Utf8("{\"type\":\"message\",\"text\":\"x\",\"n\":1" + new string('0', 5000) + "}")),
        ("two documents", Utf8("{\"type\":\"message\"}{\"type\":\"message\"}")),
        ("xml", Utf8("<activity><type>message</type></activity>")),
        ("form encoded", Utf8("type=message&text=hello")),
    ];

    /// <summary>Every wrong kind of value a field of an activity can be given.</summary>
    public static readonly (string Name, Func<JsonNode?> Value)[] WrongValues =
    [
        ("null", () => null),
        ("zero", () => 0),
        ("negative", () => -1),
        ("float overflow", () => JsonNode.Parse("1e308")),
        ("true", () => true),
        ("empty string", () => ""),
        ("long string", () => new string('x', 200_000)),
        ("empty array", () => new JsonArray()),
        ("empty object", () => new JsonObject()),
        ("array of null", () => new JsonArray((JsonNode?)null)),
        ("nul character", () => "a\u0000b"),
        ("script", () => "<script>alert(1)</script>"),
        ("impossible date", () => "2026-02-30T25:61:61Z"),
        ("sql", () => "'; DROP TABLE Conversations; --"),
        ("right to left", () => "\u202Eevil\u202C"),
    ];

    /// <summary>Fields of a Direct Line activity a client controls.</summary>
    private static readonly string[] DirectLineFields =
    [
        "type", "id", "text", "locale", "timestamp", "localTimestamp", "localTimezone", "from", "from.id", "from.name",
        "from.role", "attachments", "channelData", "channelData.agent", "value", "entities", "name", "conversation",
        "replyToId", "textFormat", "suggestedActions", "attachmentLayout",
    ];

    /// <summary>Fields of a Bot Connector activity (what Teams posts to /api/messages).</summary>
    private static readonly string[] ConnectorFields =
    [
        "type", "id", "channelId", "serviceUrl", "conversation", "conversation.id", "from", "recipient", "text",
        "timestamp", "attachments", "channelData", "membersAdded", "value",
    ];

    /// <summary>Ids a hostile client puts where a conversation or attachment id belongs.</summary>
    private static readonly (string Name, string Id)[] HostileIds =
    [
        ("traversal", "..%2F..%2Fetc%2Fpasswd"),
        ("dot dot", ".."),
        ("encoded nul", "abc%00def"),
        ("very long", new string('a', 4000)),
        ("emoji", Uri.EscapeDataString("💥🔥")),
        ("sql", Uri.EscapeDataString("' OR 1=1 --")),
        ("markup", Uri.EscapeDataString("<svg onload=alert(1)>")),
        ("another conversation", "0123456789abcdef0123456789abcdef"),
        ("percent", "%25%25%25"),
        ("spaces", "%20%20"),
    ];

    private static readonly string[] BadAuthorizations =
    [
        "Bearer",
        "Bearer ",
        "Bearer not.a.jwt",
        "Basic dXNlcjpwYXNz",
        "Bearer " + new string('a', 8000),
        // An unsigned token ("alg": "none") for a made-up conversation.
        "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJjb252IjoieCIsInVzZXIiOiJ5Iiwia2luZCI6IkNvbnZlcnNhdGlvbiJ9.",
        "BEARER token",
    ];

    private static IReadOnlyDictionary<string, HostileInput> Build()
    {
        var cases = new List<HostileInput>();
        DirectLineActivities(cases);
        ConnectorActivities(cases);
        DirectLinePaths(cases);
        Credentials(cases);
        Uploads(cases);
        WebChatSessions(cases);
        Console(cases);
        Admin(cases);
        return cases.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private static void DirectLineActivities(List<HostileInput> cases)
    {
        const string route = "/v3/directline/conversations/{conversation}/activities";
        foreach (var (name, body) in BrokenJson)
            cases.Add(new($"directline activity: {name}", HttpMethod.Post, route, body, "application/json", Caller.ConversationToken));
        foreach (var field in DirectLineFields)
            foreach (var (name, value) in WrongValues)
                cases.Add(new($"directline activity: {field} = {name}", HttpMethod.Post, route,
                    Json(With(DirectLineMessage(), field, value())), "application/json", Caller.ConversationToken));
        foreach (var contentType in new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-7", "" })
            cases.Add(new($"directline activity: content type '{contentType}'", HttpMethod.Post, route,
                Json(DirectLineMessage()), contentType, Caller.ConversationToken));
        cases.Add(new("directline activity: 3,000 attachment entries", HttpMethod.Post, route,
            Json(With(DirectLineMessage(), "attachments", new JsonArray([.. Enumerable.Range(0, 3000).Select(i =>
                (JsonNode)new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = $"data:image/png;base64,{i}" })]))),
            "application/json", Caller.ConversationToken));
        cases.Add(new("directline activity: 2 MB of text", HttpMethod.Post, route,
            Json(With(DirectLineMessage(), "text", new string('长', 700_000))), "application/json", Caller.ConversationToken));
    }

    private static void ConnectorActivities(List<HostileInput> cases)
    {
        foreach (var (name, body) in BrokenJson)
            cases.Add(new($"api/messages: {name}", HttpMethod.Post, "/api/messages", body, "application/json"));
        foreach (var field in ConnectorFields)
            foreach (var (name, value) in WrongValues)
                cases.Add(new($"api/messages: {field} = {name}", HttpMethod.Post, "/api/messages",
                    Json(With(ConnectorMessage(), field, value())), "application/json"));
        foreach (var (name, url) in new[]
                 {
                     ("metadata address", "http://169.254.169.254/latest/meta-data/"), ("file", "file:///etc/passwd"),
                     ("javascript", "javascript:alert(1)"), ("credentials", "http://user:pass@127.0.0.1:9/"),
                     ("query", "http://127.0.0.1:9/internal-admin/shutdown?x="), ("gopher", "gopher://127.0.0.1:6379/_FLUSHALL"),
                     ("relative", "/api/admin/outbox"), ("ipv6 loopback", "http://[::1]:9/"),
                 })
            cases.Add(new($"api/messages: serviceUrl {name}", HttpMethod.Post, "/api/messages",
                Json(With(ConnectorMessage(), "serviceUrl", url)), "application/json"));
        cases.Add(new("api/messages: addresses the corpus's Direct Line conversation", HttpMethod.Post, "/api/messages",
            Json(With(With(ConnectorMessage(), "conversation.id", "{conversation}"), "channelId", "directline")), "application/json"));
        foreach (var (name, authorization) in BadAuthorizations.Select((a, i) => ($"authorization {i + 1}", a)))
            cases.Add(new($"api/messages: {name}", HttpMethod.Post, "/api/messages", Json(ConnectorMessage()), "application/json",
                Authorization: authorization));
    }

    private static void DirectLinePaths(List<HostileInput> cases)
    {
        foreach (var (name, id) in HostileIds)
        {
            cases.Add(new($"directline reconnect: id {name}", HttpMethod.Get, $"/v3/directline/conversations/{id}", Caller: Caller.ConversationToken));
            cases.Add(new($"directline get activities: id {name}", HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", Caller: Caller.ConversationToken));
            cases.Add(new($"directline post activity: id {name}", HttpMethod.Post, $"/v3/directline/conversations/{id}/activities",
                Json(DirectLineMessage()), "application/json", Caller.ConversationToken));
            cases.Add(new($"directline stream without upgrade: id {name}", HttpMethod.Get, $"/v3/directline/conversations/{id}/stream?t=x"));
            cases.Add(new($"directline attachment: id {name}", HttpMethod.Get, $"/v3/directline/attachments/{id}"));
            cases.Add(new($"directline post activity with the secret: id {name}", HttpMethod.Post,
                $"/v3/directline/conversations/{id}/activities", Json(DirectLineMessage()), "application/json", Caller.Secret));
        }
        foreach (var watermark in new[] { "-1", "abc", "99999999999999999999", "1e5", "%00", "1.5", "0x10", new string('9', 500) })
            cases.Add(new($"directline get activities: watermark '{watermark[..Math.Min(watermark.Length, 24)]}'", HttpMethod.Get,
                $"/v3/directline/conversations/{{conversation}}/activities?watermark={watermark}", Caller: Caller.ConversationToken));
        foreach (var t in new[] { "", "x", "not.a.jwt", new string('a', 5000) })
            cases.Add(new($"directline stream: t '{t[..Math.Min(t.Length, 12)]}'", HttpMethod.Get, $"/v3/directline/conversations/{{conversation}}/stream?t={t}"));
        cases.Add(new("directline: unknown route", HttpMethod.Get, "/v3/directline/conversations/{conversation}/nothing-here"));
        cases.Add(new("directline: DELETE a conversation", HttpMethod.Delete, "/v3/directline/conversations/{conversation}", Caller: Caller.ConversationToken));
        cases.Add(new("directline: PUT activities", HttpMethod.Put, "/v3/directline/conversations/{conversation}/activities",
            Json(DirectLineMessage()), "application/json", Caller.ConversationToken));
    }

    private static void Credentials(List<HostileInput> cases)
    {
        string[] routes =
        [
            "/v3/directline/tokens/generate", "/v3/directline/tokens/refresh", "/v3/directline/conversations",
            "/v3/directline/conversations/{conversation}/activities",
        ];
        foreach (var route in routes)
            foreach (var (authorization, i) in BadAuthorizations.Select((a, i) => (a, i)))
                cases.Add(new($"credentials: {route} with authorization {i + 1}", HttpMethod.Post, route,
                    Json(DirectLineMessage()), "application/json", Authorization: authorization));
        foreach (var (authorization, i) in BadAuthorizations.Select((a, i) => (a, i)))
            cases.Add(new($"credentials: GET activities with authorization {i + 1}", HttpMethod.Get,
                "/v3/directline/conversations/{conversation}/activities", Authorization: authorization));
        foreach (var (name, body) in BrokenJson.Take(12))
            cases.Add(new($"tokens/generate with the secret: {name}", HttpMethod.Post, "/v3/directline/tokens/generate", body, "application/json", Caller.Secret));
        foreach (var (name, value) in WrongValues)
            cases.Add(new($"tokens/generate with the secret: user = {name}", HttpMethod.Post, "/v3/directline/tokens/generate",
                Json(new JsonObject { ["user"] = value() }), "application/json", Caller.Secret));
    }

    private static void Uploads(List<HostileInput> cases)
    {
        const string route = "/v3/directline/conversations/{conversation}/upload?userId=corpus-user";
        var activity = DirectLineMessage().ToJsonString();
        (string Name, string ContentType, byte[] Body)[] uploads =
        [
            ("no boundary", "multipart/form-data", Utf8("--x\r\n\r\n--x--")),
            ("boundary mismatch", "multipart/form-data; boundary=abc", Utf8("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhi\r\n--xyz--\r\n")),
            ("truncated", "multipart/form-data; boundary=b", Utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG")),
            ("part without name", "multipart/form-data; boundary=b", Utf8("--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n")),
            ("activity part not json", "multipart/form-data; boundary=b", Utf8($"--b\r\nContent-Disposition: form-data; name=\"activity\"\r\nContent-Type: application/vnd.microsoft.activity\r\n\r\n{{not json\r\n--b--\r\n")),
            ("empty file", "multipart/form-data; boundary=b", Utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\r\n--b--\r\n")),
            ("traversal file name", "multipart/form-data; boundary=b", Utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../../../etc/passwd\"\r\nContent-Type: text/plain\r\n\r\nroot\r\n--b--\r\n")),
            ("html as image", "multipart/form-data; boundary=b", Utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n--b--\r\n")),
            ("fifty parts", "multipart/form-data; boundary=b", Utf8(string.Concat(Enumerable.Range(0, 50).Select(i =>
                $"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{i}.txt\"\r\nContent-Type: text/plain\r\n\r\n{i}\r\n")) + "--b--\r\n")),
            ("activity and script file", "multipart/form-data; boundary=b", Utf8($"--b\r\nContent-Disposition: form-data; name=\"activity\"\r\nContent-Type: application/vnd.microsoft.activity\r\n\r\n{activity}\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.svg\"\r\nContent-Type: image/svg+xml\r\n\r\n<svg onload=\"alert(1)\"/>\r\n--b--\r\n")),
            ("json instead of multipart", "application/json", Utf8(activity)),
            ("header injection in name", "multipart/form-data; boundary=b", Utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\nX-Injected: 1.png\"\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n")),
        ];
        foreach (var (name, contentType, body) in uploads)
            cases.Add(new($"upload: {name}", HttpMethod.Post, route, body, contentType, Caller.ConversationToken));
        foreach (var userId in new[] { "", "someone-else", new string('u', 3000) })
            cases.Add(new($"upload: userId '{userId[..Math.Min(userId.Length, 12)]}'", HttpMethod.Post,
                $"/v3/directline/conversations/{{conversation}}/upload?userId={userId}", uploads[^3].Body, uploads[^3].ContentType, Caller.ConversationToken));
    }

    private static void WebChatSessions(List<HostileInput> cases)
    {
        foreach (var (name, body) in BrokenJson)
            cases.Add(new($"webchat session: {name}", HttpMethod.Post, "/api/webchat/session", body, "application/json"));
        foreach (var (name, value) in WrongValues)
            cases.Add(new($"webchat session: token = {name}", HttpMethod.Post, "/api/webchat/session",
                Json(new JsonObject { ["token"] = value() }), "application/json"));
    }

    private static void Console(List<HostileInput> cases)
    {
        string[] values = ["0001-01-01", "9999-12-31", "-1", "abc", "2026-13-45", "99999999999", "%00", "<b>x</b>"];
        foreach (var value in values)
        {
            foreach (var key in new[] { "from", "to", "days" })
                cases.Add(new($"console kpis: {key}={value}", HttpMethod.Get, $"/console/supervisor/kpis?{key}={value}", Caller: Caller.Supervisor));
            foreach (var key in new[] { "from", "to", "p", "words", "channel" })
                cases.Add(new($"console transcripts: {key}={value}", HttpMethod.Get, $"/console/supervisor/transcripts?{key}={value}", Caller: Caller.Supervisor));
            cases.Add(new($"console cases: p={value}", HttpMethod.Get, $"/console/supervisor/cases?p={value}", Caller: Caller.Supervisor));
            cases.Add(new($"console audit: actor={value}", HttpMethod.Get, $"/console/admin/audit?actor={value}&target={value}", Caller: Caller.Supervisor));
        }
        foreach (var (name, id) in HostileIds)
        {
            cases.Add(new($"console case page: number {name}", HttpMethod.Get, $"/console/case/{id}", Caller: Caller.Supervisor));
            cases.Add(new($"console transcript page: id {name}", HttpMethod.Get, $"/console/supervisor/transcript/{id}", Caller: Caller.Supervisor));
            cases.Add(new($"console transcript export: id {name}", HttpMethod.Get, $"/console/supervisor/transcript/{id}?handler=export&format=transcript", Caller: Caller.Supervisor));
        }
        foreach (var format in new[] { "", "exe", "../csv", "CSV", new string('f', 300) })
            cases.Add(new($"console transcript export: format '{format[..Math.Min(format.Length, 10)]}'", HttpMethod.Get,
                $"/console/supervisor/transcript/{{conversation}}?handler=export&format={format}", Caller: Caller.Supervisor));
        foreach (var (page, handler) in new[] { ("case/AS-1", "take"), ("supervisor/approvals", "decide"), ("admin/staff", "create"), ("supervisor/personaldata", "erase"), ("password", "") })
            cases.Add(new($"console form without antiforgery: {page} {handler}", HttpMethod.Post, $"/console/{page}?handler={handler}",
                Utf8("id=1&approve=true&userName=x&password=y&confirmed=true"), "application/x-www-form-urlencoded", Caller.Supervisor));
        foreach (var returnUrl in new[] { "https://evil.example.com/", "//evil.example.com", "javascript:alert(1)", "/console/../../x", "%0d%0aSet-Cookie:x=1" })
        {
            cases.Add(new($"console language: returnUrl {returnUrl}", HttpMethod.Get, $"/console/language/zh?returnUrl={Uri.EscapeDataString(returnUrl)}", Caller: Caller.Supervisor));
            cases.Add(new($"console login page: returnUrl {returnUrl}", HttpMethod.Get, $"/console/login?returnUrl={Uri.EscapeDataString(returnUrl)}"));
        }
        foreach (var lang in new[] { "xx", "..", new string('z', 500), "%00" })
            cases.Add(new($"console language: '{lang[..Math.Min(lang.Length, 8)]}'", HttpMethod.Get, $"/console/language/{lang}", Caller: Caller.Supervisor));
        foreach (var (name, body) in BrokenJson.Take(6))
            cases.Add(new($"console login: body {name}", HttpMethod.Post, "/console/login", body, "application/x-www-form-urlencoded"));
        foreach (var page in new[] { "", "supervisor/kpis", "admin/staff", "supervisor/personaldata", "case/AS-1" })
            cases.Add(new($"console anonymous: /console/{page}", HttpMethod.Get, $"/console/{page}"));
    }

    private static void Admin(List<HostileInput> cases)
    {
        foreach (var (name, body) in BrokenJson.Take(10))
        {
            cases.Add(new($"admin knowledge import without key: {name}", HttpMethod.Post, "/api/admin/knowledge/import", body, "application/json"));
            cases.Add(new($"admin knowledge import with a wrong key: {name}", HttpMethod.Post, "/api/admin/knowledge/import", body, "application/json",
                Headers: new Dictionary<string, string> { ["X-Admin-Key"] = "wrong" }));
        }
        cases.Add(new("admin proactive message without key", HttpMethod.Post, "/api/admin/conversations/{conversation}/messages",
            Utf8("{\"text\":\"hi\"}"), "application/json"));
        cases.Add(new("admin outbox without key", HttpMethod.Get, "/api/admin/outbox"));
        cases.Add(new("admin knowledge export without key", HttpMethod.Get, "/api/admin/knowledge/export"));
        cases.Add(new("metrics when not enabled", HttpMethod.Get, "/metrics"));
        cases.Add(new("health with a body", HttpMethod.Post, "/health", Utf8("{}"), "application/json"));
    }

    private static JsonObject DirectLineMessage() => new()
    {
        ["type"] = "message",
        ["text"] = "My water heater leaks",
        ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = "corpus-user", ["role"] = "user" },
    };

    private static JsonObject ConnectorMessage() => new()
    {
        ["type"] = "message",
        ["id"] = "corpus-" + Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["timestamp"] = "2026-12-02T08:00:00.000Z",
        ["conversation"] = new JsonObject { ["id"] = "corpus-teams-" + Guid.NewGuid().ToString("N") },
        ["from"] = new JsonObject { ["id"] = "29:corpus", ["name"] = "Corpus" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "AfterSalesBot" },
        ["text"] = "My printer jams",
    };

    /// <summary>The activity with one field (a dotted path) replaced; the parent object is created when missing.</summary>
    private static JsonObject With(JsonObject activity, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = activity;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JsonObject child) target[part] = child = new JsonObject();
            target = child;
        }
        target[parts[^1]] = value;
        return activity;
    }

    private static byte[] Utf8(string text) => HostileInput.Utf8(text);

    private static byte[] Json(JsonNode node) => HostileInput.Json(node);
}

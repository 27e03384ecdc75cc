using System.Globalization;
using System.Text;
using System.Text.Json;
using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Http;
using AfterSalesBot.Bot.Quotas;
using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.DirectLine;

public static partial class DirectLineEndpoints
{
    private static async Task<IResult> PostActivity(
        string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineStore store,
        DirectLineIntake intake, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (caller, failure) = await DirectLineAuthorization.AuthorizeAsync(DirectLineTokens.BearerFrom(request), conversationId, tokens, store, ct);
        if (failure is not null) return failure;

        var (activity, problem, detail, bytes) = await BoundedBody.ReadActivityAsync(request, options.Value.MaxActivityBytes, ct);
        if (problem == BodyProblem.TooLarge) return DirectLineErrors.TooLarge(detail!);
        if (activity is null) return DirectLineErrors.BadArgument(detail!);
        return await intake.AcceptAsync(request, conversationId, caller!, activity, bytes, [], ct);
    }

    private static async Task<IResult> GetActivities(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, DirectLineStore store,
        ConversationLog log, IOptions<DirectLineOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var (_, failure) = await DirectLineAuthorization.AuthorizeAsync(DirectLineTokens.BearerFrom(request), conversationId, tokens, store, ct);
        if (failure is not null) return failure;

        var after = ParseWatermark(watermark);
        IReadOnlyList<HistoryEntry> entries;
        try
        {
            entries = await log.ReadAsync(conversationId, after, options.Value.PollingPageSize, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // DirectLineJS stops polling for good after any error here, so a store hiccup answers
            // "nothing new yet" and the next poll picks up where this one left off.
            loggers.CreateLogger(typeof(DirectLineEndpoints)).LogWarning(ex, "Polling read failed for {ConversationId}; answered empty.", conversationId);
            entries = [];
        }
        var last = entries.Count > 0 ? entries[^1].Sequence : after;
        return TypedResults.Text(ActivitySetJson(entries, last), "application/json; charset=utf-8");
    }

    /// <summary>An empty, missing, "null" or malformed watermark means "from the start".</summary>
    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 0;

    /// <summary>Writes the stored JSON verbatim: no re-serialisation on the hot path.</summary>
    internal static string ActivitySetJson(IReadOnlyList<HistoryEntry> entries, long watermark) =>
        Encoding.UTF8.GetString(ActivitySetUtf8(entries, watermark));

    /// <summary>
    /// The ActivitySet as UTF-8, sized exactly and written once: <c>{"activities":[…],"watermark":"N"}</c>, the compact
    /// shape a <see cref="System.Text.Json.Utf8JsonWriter"/> wrote before (ADR 0040: the writer's growing buffers, its
    /// stream, the string and the socket's bytes were 8 % of what a Direct Line turn allocated).
    /// </summary>
    internal static byte[] ActivitySetUtf8(IReadOnlyList<HistoryEntry> entries, long watermark)
    {
        Span<byte> number = stackalloc byte[20];
        watermark.TryFormat(number, out var digits, provider: CultureInfo.InvariantCulture);
        var size = SetStart.Length + SetEnd.Length + digits + SetClose.Length + Math.Max(entries.Count - 1, 0);
        foreach (var entry in entries) size += Encoding.UTF8.GetByteCount(entry.ActivityJson);
        var json = new byte[size];
        var at = Append(json, 0, SetStart);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) json[at++] = (byte)',';
            at += Encoding.UTF8.GetBytes(entries[i].ActivityJson, json.AsSpan(at));
        }
        at = Append(json, at, SetEnd);
        at = Append(json, at, number[..digits]);
        Append(json, at, SetClose);
        return json;
    }

    private static int Append(byte[] json, int at, ReadOnlySpan<byte> part)
    {
        part.CopyTo(json.AsSpan(at));
        return at + part.Length;
    }

    private static ReadOnlySpan<byte> SetStart => "{\"activities\":["u8;
    private static ReadOnlySpan<byte> SetEnd => "],\"watermark\":\""u8;
    private static ReadOnlySpan<byte> SetClose => "\"}"u8;
}

/// <summary>Turns a client's activity into one the bot can trust, then hands it to the inbox.</summary>
public sealed class DirectLineIntake(
    TurnInbox inbox, DirectLineConversations conversations, ConversationQuotas quotas, IOptions<DirectLineOptions> directLine,
    IOptions<BotOptions> bot, ILogger<DirectLineIntake> logger)
{
    /// <param name="bytes">What the client sent (the activity's JSON and any files), counted against the daily volume.</param>
    /// <param name="files">Uploaded files, committed with the activity or not at all: a refused upload leaves nothing behind.</param>
    public async Task<IResult> AcceptAsync(
        HttpRequest request, string conversationId, DirectLineCaller caller, Activity activity, long bytes,
        IReadOnlyList<DirectLineAttachment> files, CancellationToken ct)
    {
        if (activity.Text is { Length: var length } && length > bot.Value.MaxTextLength)
            return DirectLineErrors.TooLarge($"The text has {length} characters; the limit is {bot.Value.MaxTextLength}.");
        if (quotas.Check(conversationId, activity, bytes) is { } refusal) return refusal.ToDirectLineError(request.HttpContext.Response);

        activity.ChannelId = "directline";
        activity.ServiceUrl = conversations.BaseUrl(request) + "/";
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From ??= new ChannelAccount();
        // The token decides who speaks; a client cannot post as someone else.
        if (!caller.HoldsSecret || string.IsNullOrEmpty(activity.From.Id)) activity.From.Id = caller.UserId;
        activity.From.Role = RoleTypes.User;
        activity.Recipient = new ChannelAccount { Id = directLine.Value.BotId, Name = bot.Value.DisplayName, Role = RoleTypes.Bot };
        activity.ReplyToId = null;

        try
        {
            var result = await inbox.AcceptAsync(activity, selfHosted: true, ct, files);
            return TypedResults.Ok(new ResourceResponse(result.ActivityId));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not accept an activity for {ConversationId}.", conversationId);
            return DirectLineErrors.BotError("The message could not be stored. Please send it again.");
        }
    }
}

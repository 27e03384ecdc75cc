using System.Security.Cryptography;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Http;
using AfterSalesBot.Bot.Quotas;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.DirectLine;

public static partial class DirectLineEndpoints
{
    /// <summary>
    /// Upload: a multipart body with an <c>activity</c> part and file parts. The files are stored and the
    /// activity is posted with attachments pointing at them, so the bot sees ordinary <c>contentUrl</c>s.
    /// </summary>
    private static async Task<IResult> Upload(
        string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineStore store, DirectLineIntake intake,
        DirectLineConversations conversations, IOptions<DirectLineOptions> options, IOptions<ConversationQuotaOptions> quotas,
        TimeProvider clock, CancellationToken ct)
    {
        var (caller, failure) = await DirectLineAuthorization.AuthorizeAsync(DirectLineTokens.BearerFrom(request), conversationId, tokens, store, ct);
        if (failure is not null) return failure;
        if (!request.HasFormContentType) return DirectLineErrors.BadArgument("Uploads must be multipart/form-data.");
        if (request.ContentLength > options.Value.MaxUploadBytes)
            return DirectLineErrors.TooLarge($"The upload is larger than {options.Value.MaxUploadBytes} bytes.");

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return DirectLineErrors.BadArgument("The upload could not be read: " + ex.Message);
        }
        if (form.Files.Sum(f => f.Length) > options.Value.MaxUploadBytes)
            return DirectLineErrors.TooLarge($"The upload is larger than {options.Value.MaxUploadBytes} bytes.");

        var fileParts = form.Files.Where(f => f.Name != "activity").ToList();
        if (fileParts.Count > quotas.Value.AttachmentsPerActivity)
        {
            return DirectLineErrors.Create(StatusCodes.Status413PayloadTooLarge, "TooManyAttachments",
                $"One message may carry at most {quotas.Value.AttachmentsPerActivity} files; this one has {fileParts.Count}.");
        }

        var activityPart = form.Files.FirstOrDefault(f => f.Name == "activity");
        Activity? activity;
        if (activityPart is not null)
        {
            using var buffer = new MemoryStream();
            await activityPart.CopyToAsync(buffer, ct);
            (activity, _, var detail) = BoundedBody.Parse(buffer.ToArray());
            if (activity is null) return DirectLineErrors.BadArgument(detail!);
        }
        else
        {
            activity = new Activity { Type = ActivityTypes.Message };
        }

        var baseUrl = conversations.BaseUrl(request);
        var rows = new List<DirectLineAttachment>();
        var described = activity.Attachments ?? [];
        activity.Attachments = [];
        foreach (var file in fileParts)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, ct);
            var row = new DirectLineAttachment
            {
                Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
                ConversationId = conversationId,
                ContentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType,
                Name = Path.GetFileName(file.FileName),
                Content = content.ToArray(),
                UploadedAt = clock.GetUtcNow(),
            };
            rows.Add(row);
            activity.Attachments.Add(new Attachment
            {
                ContentType = row.ContentType,
                ContentUrl = $"{baseUrl}/v3/directline/attachments/{row.Id}",
                Name = row.Name,
                ThumbnailUrl = UploadThumbnail.Accept(described.FirstOrDefault(a => a.Name == row.Name)?.ThumbnailUrl),
            });
        }
        if (rows.Count == 0) return DirectLineErrors.BadArgument("The upload has no file.");
        // The files are stored with the activity, in one transaction, or not at all.
        return await intake.AcceptAsync(request, conversationId, caller!, activity, form.Files.Sum(f => f.Length), rows, ct);
    }

    /// <summary>Served by an unguessable id, as Web Chat loads images with a plain GET.</summary>
    private static async Task<IResult> GetAttachment(
        string attachmentId, HttpResponse response, IDbContextFactory<BotDbContext> factory, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var file = await db.DirectLineAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (file is null) return DirectLineErrors.NotFound("No such attachment.");
        // Customer files must never run as our page: only plain images are shown inline, everything else
        // downloads, and nothing is sniffed or allowed to execute.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        response.Headers.XContentTypeOptions = "nosniff";
        return InlineImageTypes.Contains(file.ContentType)
            ? TypedResults.File(file.Content, file.ContentType)
            : TypedResults.File(file.Content, "application/octet-stream", file.Name ?? "attachment");
    }

    private static readonly HashSet<string> InlineImageTypes =
        new(["image/png", "image/jpeg", "image/gif", "image/webp"], StringComparer.OrdinalIgnoreCase);
}

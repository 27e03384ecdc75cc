using AfterSalesBot.Bot.Channels.Authentication;
using AfterSalesBot.Bot.Channels.Teams;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Http;
using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// <c>POST /api/messages</c>, the Azure Bot Service endpoint (Teams, Azure Web Chat, Emulator).
/// It authenticates, commits the activity to the inbox and answers 202 at once; the turn runs after,
/// so the channel's 15-second limit holds whatever the turn costs.
/// </summary>
public static class BotMessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, IChannelAuthenticator authenticator, TurnInbox inbox, IOptions<BotOptions> options,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint));
        var (activity, problem, detail) = await BoundedBody.ReadActivityAsync(request, options.Value.MaxRequestBytes, ct);
        if (problem == BodyProblem.TooLarge) return TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge);
        if (activity is null) return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, ct);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected an activity on /api/messages: {Reason}", auth.Failure);
            return TypedResults.Unauthorized();
        }

        if (activity.Conversation?.Id is null || activity.ServiceUrl is null)
            return TypedResults.Problem("The activity needs 'conversation.id' and 'serviceUrl'.", statusCode: StatusCodes.Status400BadRequest);
        if (activity.Text is { Length: var length } && length > options.Value.MaxTextLength)
            return TypedResults.Problem($"The text has {length} characters; the limit is {options.Value.MaxTextLength}.", statusCode: StatusCodes.Status413PayloadTooLarge);

        if (activity.Type == ActivityTypes.Invoke)
            // No invoke is handled yet (cards use Action.Submit, which arrives as a message).
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);

        if (activity.ChannelId == "msteams") TeamsActivityExtensions.RemoveRecipientMention(activity);
        await inbox.AcceptAsync(activity, selfHosted: false, ct);
        return TypedResults.Accepted((string?)null);
    }
}

using System.Net;
using AfterSalesBot.Bot.Channels.Authentication;
using AfterSalesBot.Bot.Channels.Connector;
using AfterSalesBot.Bot.Channels.Teams;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Http;
using AfterSalesBot.Bot.Quotas;
using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// <c>POST /api/messages</c>, the Azure Bot Service endpoint (Teams, Azure Web Chat, Emulator).
/// It authenticates before reading the body, checks where replies would go and whose conversation it is, commits the
/// activity to the inbox and answers 202 at once; the turn runs after, so the channel's 15-second limit holds whatever
/// the turn costs.
/// </summary>
public static partial class BotMessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        var bot = app.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotMessagesEndpoint));
        if (!bot.IsAuthenticationEnabled && !bot.IsAnonymous) LogClosed(logger);
        else if (bot.IsAnonymous) LogAnonymous(logger);

        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, IChannelAuthenticator authenticator, ChannelConversationGuard guard, ConversationQuotas quotas,
        TurnInbox inbox, IOptions<BotOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var request = context.Request;
        var bot = options.Value;
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint));

        // Who may call at all is decided before a byte of the body is read.
        if (!bot.IsAuthenticationEnabled)
        {
            if (!bot.IsAnonymous)
                return Unauthorized("This endpoint is closed: set Bot:MicrosoftAppId (Azure Bot Service), or Bot:AllowAnonymous=true to try it from this machine.");
            if (context.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller))
                return Unauthorized("Anonymous calls are taken from this machine only.");
        }
        var token = await authenticator.AuthenticateTokenAsync(request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, ct);
        if (!token.Succeeded) return Unauthorized(null);

        var (activity, problem, detail, bytes) = await BoundedBody.ReadActivityAsync(request, bot.MaxRequestBytes, ct);
        if (problem == BodyProblem.TooLarge) return TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge);
        if (activity is null) return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

        var auth = token.For(activity);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected an activity on /api/messages: {Reason}", auth.FailureReason);
            return Unauthorized(null);
        }

        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is null)
            return TypedResults.Problem("The activity needs 'conversation.id' and 'serviceUrl'.", statusCode: StatusCodes.Status400BadRequest);
        if (!ServiceUrlPolicy.IsDeliverable(activity.ServiceUrl, bot))
        {
            LogRefusedServiceUrl(logger, activity.ServiceUrl);
            return TypedResults.Problem(
                bot.IsAnonymous
                    ? "In anonymous mode the serviceUrl must be a plain http(s) loopback address."
                    : "The serviceUrl's host is not in Bot:AllowedServiceUrlHosts.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        if (activity.Text is { Length: var length } && length > bot.MaxTextLength)
            return TypedResults.Problem($"The text has {length} characters; the limit is {bot.MaxTextLength}.", statusCode: StatusCodes.Status413PayloadTooLarge);

        if (activity.Type == ActivityTypes.Invoke)
            // No invoke is handled yet (cards use Action.Submit, which arrives as a message).
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);

        if (await guard.RefusalAsync(conversationId, activity.ChannelId, ct) is { } refusal)
        {
            LogRefusedConversation(logger, activity.ChannelId, refusal);
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden);
        }
        if (quotas.Check(conversationId, activity, bytes) is { } exceeded) return exceeded.ToProblem(context.Response);

        if (activity.ChannelId == "msteams") activity.RemoveRecipientMention();
        await inbox.AcceptAsync(activity, selfHosted: false, ct);
        return TypedResults.Accepted((string?)null);
    }

    private static IResult Unauthorized(string? detail) => new UnauthorizedProblem(detail);

    /// <summary>401 with <c>WWW-Authenticate: Bearer</c> and, when it helps an operator, a reason that reveals nothing.</summary>
    private sealed class UnauthorizedProblem(string? detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(detail ?? "A valid Bot Connector token is required.", statusCode: StatusCodes.Status401Unauthorized)
                .ExecuteAsync(httpContext);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages is closed: no Bot:MicrosoftAppId is set and Bot:AllowAnonymous is false, so it answers 401. The customer page (self-hosted Direct Line) does not need it.")]
    private static partial void LogClosed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages takes anonymous calls (Bot:AllowAnonymous), from loopback callers with loopback serviceUrls only.")]
    private static partial void LogAnonymous(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity on /api/messages: serviceUrl {ServiceUrl} is not allowed")]
    private static partial void LogRefusedServiceUrl(ILogger logger, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity on /api/messages from channel {ChannelId}: {Reason}")]
    private static partial void LogRefusedConversation(ILogger logger, string? channelId, string reason);
}

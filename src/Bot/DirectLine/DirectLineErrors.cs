namespace AfterSalesBot.Bot.DirectLine;

/// <summary>Direct Line's error shape: <c>{"error":{"code","message"}}</c>, which DirectLineJS and Web Chat understand.</summary>
public static class DirectLineErrors
{
    public sealed record ErrorBody(ErrorDetail Error);

    public sealed record ErrorDetail(string Code, string Message);

    public static IResult Create(int status, string code, string message) =>
        TypedResults.Json(new ErrorBody(new ErrorDetail(code, message)), statusCode: status);

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(string message) => Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult Forbidden(string message) => Create(StatusCodes.Status403Forbidden, "TokenExpired", message);

    public static IResult Unauthorized(string message) => Create(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static IResult NotFound(string message) => Create(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult BotError(string message) => Create(StatusCodes.Status502BadGateway, "ServiceError", message);
}

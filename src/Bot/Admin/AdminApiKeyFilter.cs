using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Admin;

/// <summary>
/// The guard every operator endpoint shares: the configured <c>Admin:ApiKey</c> in the <c>X-Api-Key</c> header
/// (compared in constant time), 401 for a wrong key, and 404 (the endpoint does not exist) when no key is configured.
/// </summary>
public static class AdminApiKeyFilter
{
    public const string Header = "X-Api-Key";

    public static TBuilder RequireAdminApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(RequireApiKey);

    private static async ValueTask<object?> RequireApiKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey;
        if (string.IsNullOrEmpty(key)) return TypedResults.NotFound();
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(presented)))
            return TypedResults.Unauthorized();
        return await next(context);
    }
}

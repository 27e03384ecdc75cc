using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSalesBot.Bot.Admin;

/// <summary>
/// Operator endpoints, guarded by a configured key and absent without one. For now: send a message into an
/// existing conversation from its stored reference (what the escalation relay and follow-ups will use).
/// </summary>
public static class AdminEndpoints
{
    public sealed record ProactiveRequest(string Text, string? SenderName);

    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section)
            .Validate(o => o.ApiKey is null || o.ApiKey.Trim().Length == o.ApiKey.Length, "Admin:ApiKey must not start or end with spaces.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ProactiveMessenger>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/conversations/{conversationId}/messages", SendProactive)
            .RequireAdminApiKey().DisableAntiforgery();
        // Replies to connector channels by delivery state; Parked is what no retry will deliver (see the log).
        app.MapGet("/api/admin/outbox", async (ConnectorOutbox outbox, CancellationToken ct) => TypedResults.Ok(await outbox.CountAsync(ct)))
            .RequireAdminApiKey();
        return app;
    }

    private static async Task<Results<Accepted, NotFound, BadRequest<string>>> SendProactive(
        string conversationId, ProactiveRequest request, ProactiveMessenger messenger, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text)) return TypedResults.BadRequest("'text' is required.");
        return await messenger.SendAsync(conversationId, request.Text, request.SenderName, ct)
            ? TypedResults.Accepted((string?)null)
            : TypedResults.NotFound();
    }
}

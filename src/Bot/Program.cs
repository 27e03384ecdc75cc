using AfterSalesBot.Bot.Admin;
using AfterSalesBot.Bot.Backplane;
using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Escalation;
using AfterSalesBot.Bot.Hosting;
using AfterSalesBot.Bot.Knowledge;
using AfterSalesBot.Bot.Kpis;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Bot.Quotas;
using AfterSalesBot.Bot.Transcripts;
using AfterSalesBot.Bot.WebChat;
using AfterSalesBot.Escalation.Console;
using Microsoft.Extensions.Options;

// "knowledge import|export …" runs on the built host and exits without starting the web server.
var knowledgeCommand = KnowledgeCommand.Parse(args);
// "staff add|password|list …" manages console accounts (the first admin) the same way.
var staffCommand = knowledgeCommand is null ? StaffCommand.Parse(args) : null;
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = knowledgeCommand?.HostArgs ?? staffCommand?.HostArgs ?? args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddBotStorage();
builder.AddConversations();
builder.AddConversationQuotas();
builder.AddBotChannels();
builder.AddSelfHostedDirectLine();
builder.AddWebChat();
builder.AddAdmin();
builder.AddKnowledge();
builder.AddEscalation();
builder.AddTranscripts();
builder.AddKpis();
builder.AddPrivacy();
builder.AddBotHosting();
builder.AddRedisBackplane();

var app = builder.Build();

if (knowledgeCommand is not null) return await knowledgeCommand.RunAsync(app.Services, Console.Out, CancellationToken.None);
if (staffCommand is not null) return await staffCommand.RunAsync(app.Services, Console.In, Console.Out, CancellationToken.None);

await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

// The pipeline, in order: each request passes these from top to bottom before it reaches an endpoint.
var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
if (hosting.ForwardedHeaders.Enabled) app.UseForwardedHeaders(); // first: the client's address and scheme behind a proxy
app.UseExceptionHandler();                 // an unhandled error becomes a problem-details 500
if (hosting.Hsts.Enabled) app.UseHsts();   // Strict-Transport-Security on HTTPS responses
app.UseSecurityHeaders();                  // nosniff, no referrer, same-origin framing, the CSP
app.UseDefaultFiles();                     // "/" is the Web Chat page (index.html)
app.UseStaticFiles();                      // wwwroot and the console's css/js: anonymous, no limits
app.UseRouting();                          // picks the endpoint: what follows reads its metadata
app.UseWebSockets();                       // Direct Line streams
app.UseCors();                             // Direct Line's cross-origin policy, per endpoint
app.UseRateLimiter();                      // per-endpoint policies: 429 once a budget is spent
app.UseAuthentication();                   // the console's cookie (and OpenID Connect when configured)
app.UseAuthorization();                    // the Staff, Supervisor and Admin policies of the console's folders
app.UseConsoleCulture();                   // the console's language (the account's counts, so after sign-in) and no-store
// Antiforgery: Razor Pages check the token of every console form themselves; the minimal-API posts opt out
// (DisableAntiforgery: they carry a token or an API key, no cookie). So there is no UseAntiforgery.

app.MapBotMessages();
app.MapDirectLine();
app.MapWebChatSession();
app.MapAdmin();
app.MapKnowledgeAdmin();
app.MapStaffConsole();
app.MapHealth();

app.Run();
return 0;

public partial class Program;

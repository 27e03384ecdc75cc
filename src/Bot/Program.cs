using AfterSalesBot.Bot.Admin;
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

var app = builder.Build();

if (knowledgeCommand is not null) return await knowledgeCommand.RunAsync(app.Services, Console.Out, CancellationToken.None);
if (staffCommand is not null) return await staffCommand.RunAsync(app.Services, Console.In, Console.Out, CancellationToken.None);

await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

app.UseBotHosting();
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

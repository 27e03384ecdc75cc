using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Hosting;
using AfterSalesBot.Bot.WebChat;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddBotStorage();
builder.AddConversations();
builder.AddBotChannels();
builder.AddSelfHostedDirectLine();
builder.AddWebChat();
builder.AddBotHosting();

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

app.UseBotHosting();
app.MapBotMessages();
app.MapDirectLine();
app.MapWebChatSession();
app.MapHealth();

app.Run();

public partial class Program;

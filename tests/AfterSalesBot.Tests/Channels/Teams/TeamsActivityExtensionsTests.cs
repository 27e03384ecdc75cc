using System.Text.Json;
using AfterSalesBot.Bot.Channels.Teams;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Tests.Channels.Fixtures;

namespace AfterSalesBot.Tests.Channels.Teams;

public sealed class TeamsActivityExtensionsTests
{
    [Theory]
    [InlineData(TeamsFixture.Personal, TeamsConversationTypes.Personal)]
    [InlineData(TeamsFixture.ChannelMention, TeamsConversationTypes.Channel)]
    [InlineData(TeamsFixture.GroupChatMention, TeamsConversationTypes.GroupChat)]
    [InlineData(TeamsFixture.CardSubmit, TeamsConversationTypes.Personal)]
    public void ReadsConversationTypeAndTenantOfTeamsActivity(string fixture, string conversationType)
    {
        var activity = TeamsFixture.Load(fixture);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal(conversationType, activity.GetConversationType());
        Assert.Equal(TeamsFixture.TenantId, activity.GetTenantId());
    }

    [Fact]
    public void StripsOnlyTheBotsMentionFromChannelMessage()
    {
        var activity = TeamsFixture.Load(TeamsFixture.ChannelMention);

        var text = activity.RemoveRecipientMention();

        Assert.Equal("the dishwasher door on order SO-104233 is cracked, <at>Adele Vance</at> saw it too", text);
        Assert.Equal(text, activity.Text);
    }

    [Fact]
    public void StripsBotMentionFromGroupChatMessage()
    {
        var activity = TeamsFixture.Load(TeamsFixture.GroupChatMention);

        Assert.Equal("where is the replacement part for my fridge?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void LeavesPersonalMessageWithoutMentionUnchanged()
    {
        var activity = TeamsFixture.Load(TeamsFixture.Personal);

        Assert.Equal("My washing machine stopped spinning after two weeks", activity.RemoveRecipientMention());
    }

    [Fact]
    public void FallsBackToAtNameWhenMentionEntityHasNoText()
    {
        var activity = new Activity
        {
            Text = "<at>AfterSalesBot</at>  my oven clock resets",
            Recipient = new ChannelAccount { Id = "28:bot", Name = "AfterSalesBot" },
            Entities = [JsonSerializer.Deserialize<JsonElement>("""{"type":"mention","mentioned":{"id":"28:bot","name":"AfterSalesBot"}}""")],
        };

        Assert.Equal("my oven clock resets", activity.RemoveRecipientMention());
    }

    [Fact]
    public void ReadsTenantFromConversationWhenChannelDataHasNone()
    {
        var activity = TeamsFixture.Load(TeamsFixture.Personal);
        activity.ChannelData = null;

        Assert.Equal(TeamsFixture.TenantId, activity.GetTenantId());
    }

    [Fact]
    public void CardSubmitCarriesInputsAndTheCardsMessageId()
    {
        var activity = TeamsFixture.Load(TeamsFixture.CardSubmit);

        Assert.Null(activity.Text);
        Assert.Equal("1772442995870", activity.ReplyToId);
        var value = Assert.IsType<JsonElement>(activity.Value);
        Assert.Equal("confirmWarranty", value.GetProperty("action").GetString());
        Assert.Equal("SO-104233", value.GetProperty("orderNumber").GetString());
        Assert.Equal("2025-11-20", value.GetProperty("purchaseDate").GetString());
    }

    [Fact]
    public void UnknownFieldsSurviveRoundTrip()
    {
        var activity = TeamsFixture.Load(TeamsFixture.Personal);

        using var written = JsonDocument.Parse(ActivityJson.Serialize(activity));

        // "importance" is an Activity-spec field this model does not declare.
        Assert.Equal("normal", written.RootElement.GetProperty("importance").GetString());
        Assert.Equal("Europe/Berlin", written.RootElement.GetProperty("entities")[0].GetProperty("timezone").GetString());
    }

    [Fact]
    public void ChannelDataSurvivesRoundTripUnchanged()
    {
        var activity = TeamsFixture.Load(TeamsFixture.CardSubmit);

        using var written = JsonDocument.Parse(ActivityJson.Serialize(activity));

        Assert.Equal(
            "1:1Jd2vQ5zPmX0aB7cD9eF3gH6iJ8kL0mN",
            written.RootElement.GetProperty("channelData").GetProperty("legacy").GetProperty("replyToId").GetString());
    }
}

using System.Text.Json;
using AfterSalesBot.Bench.DirectLine;
using AfterSalesBot.ConversationBench.Channel;
using AfterSalesBot.ConversationBench.ScenarioFiles;

namespace AfterSalesBot.ConversationBench.Customer;

/// <summary>
/// Plays one scenario's customer: joins as the page does, types the story, then answers whatever the bot asks from the
/// scenario's answers until an outcome or a dead end. Interjections ("say") are typed once, before the answer they
/// belong to; the answer then goes to whatever the bot asks next.
/// </summary>
public sealed partial class ScenarioCustomer(Scenario scenario, CustomerChannel channel, Typing typing = Typing.AsWritten)
{
    public const int MaxMessages = 30;
    public const int SameQuestionLimit = 3;
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private readonly ConversationRecord _record = new() { ConversationId = channel.ConversationId };
    private readonly HashSet<QuestionKind> _answered = [];
    private readonly HashSet<int> _interjected = [];
    private int _transcribed;
    private int _firstMessageAt = -1;
    private int _veryFirstMessageAt = -1;

    public async Task<ConversationRecord> PlayAsync(CancellationToken ct)
    {
        try
        {
            await channel.JoinAsync(ReplyTimeout, ct);
            Transcribe();
            await ConverseAsync(ct);
        }
        catch (Exception e) when (e is DirectLineException or HttpRequestException or JsonException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            _record.Failures++;
            _record.DeadEnd = $"exception on the channel: {e.Message}";
        }
        finally
        {
            // No message counted as the scenario's language (Chinese with many English words): the first message, as before.
            var from = _firstMessageAt >= 0 ? _firstMessageAt : _veryFirstMessageAt;
            if (from >= 0)
                _record.RepliesAfterFirstMessage.AddRange(channel.Seen.Skip(from));
        }

        return _record;
    }

    private async Task ConverseAsync(CancellationToken ct)
    {
        IReadOnlyList<BotMessage> replies = [];
        foreach (var line in scenario.Story)
        {
            replies = await TurnAsync(line, ct);
            if (Ended(replies))
                return;
        }

        while (true)
        {
            var reading = ReplyReading.Of(replies);
            if (IsStuck(reading))
                return;
            if (_record.CustomerMessages >= MaxMessages)
            {
                _record.DeadEnd = $"{MaxMessages} customer messages without an outcome";
                return;
            }

            replies = await TurnAsync(NextMessage(reading), ct);
            if (Ended(replies))
                return;
        }
    }

    /// <summary>The message's language as the bot counts a mixed one (Chinese characters two to an English word): "URGENT. the
    /// 电热水器 in the shower…" is English. A message with neither (a serial, a phone number) is in no language.</summary>
    private static bool WrittenIn(string text, string language)
    {
        var cjk = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        var latin = System.Text.RegularExpressions.Regex.Count(text, "[A-Za-z]{2,}");
        if (cjk == 0 && latin == 0) return false;
        return (cjk / 2.0 > latin ? "zh" : "en") == language;
    }

    private async Task<IReadOnlyList<BotMessage>> TurnAsync(string written, CancellationToken ct)
    {
        var text = TypingStyle.Apply(typing, written);
        // A customer who switches language ("sorry, I'll write in Chinese") is answered in the new one from then on: the language
        // fact reads the replies after the first message written in the scenario's language (round 58).
        if (_veryFirstMessageAt < 0)
            _veryFirstMessageAt = channel.Seen.Count;
        if (_firstMessageAt < 0 && WrittenIn(text, scenario.Language))
            _firstMessageAt = channel.Seen.Count;
        _record.CustomerMessages++;
        _record.Transcript.Add($"  customer: {text}");
        var replies = await channel.SayAsync(text, ReplyTimeout, ct);
        Transcribe();
        if (replies.Count > 0)
            _record.LastBotReply = replies[^1].Text;
        return replies;
    }

    private void Transcribe()
    {
        foreach (var message in channel.Seen.Skip(_transcribed))
            _record.Transcript.Add($"  bot: {message.Text.ReplaceLineEndings(" / ")}{(message.Attachments > 0 ? $" [{message.Attachments} attachment(s)]" : "")}");
        _transcribed = channel.Seen.Count;
    }
}

extern alias bench;

using AfterSalesBot.Bot.Conversations.Understanding;
using bench::AfterSalesBot.InterpreterBench;

namespace AfterSalesBot.Tests.Language;

/// <summary>
/// The interpreter bench's <c>--record</c> against the contract fake, then its <c>--replay --recordings</c> of the
/// file: the replayed column reads every utterance as the recorded one did, without the fake.
/// </summary>
public sealed class ReadingRecordingRoundTripTests : IAsyncLifetime
{
    private const string Messy = "ugh the JZT-Q5 keeps dying on me since last Tuesday!! call 13812345678 or li.wei@example.com";
    private const string Plain = "my Q5 hob leaks";
    private FakeChatCompletions _fake = null!;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"asb-readings-{Guid.NewGuid():N}.json");

    public async Task InitializeAsync() => _fake = await FakeChatCompletions.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        File.Delete(_file);
    }

    [Fact]
    public async Task RecordedReadingsReplayToTheSameInterpretations()
    {
        _fake.Once("reading-messy-complaint");
        _fake.Always("reading-statement");
        var context = LanguageHost.Context();
        var recorder = new ReadingRecorder();
        Interpretation recordedMessy, recordedPlain;
        using (var recording = ModelColumn.Create(null, recorder, LanguageSettings.Compatible(_fake)))
        {
            recordedMessy = recording.Interpret(Messy, context);
            recordedPlain = recording.Interpret(Plain, context);
            Assert.True(recording.Tokens >= 812 + 118, $"{recording.Tokens} tokens metered while recording");
        }
        recorder.Save(_file);
        var requestsWhileRecording = _fake.Requests.Count;

        var saved = File.ReadAllText(_file);
        Assert.Contains("[phone]", saved, StringComparison.Ordinal);          // keyed by the text as the model received it
        Assert.DoesNotContain("13812345678", saved, StringComparison.Ordinal);
        Assert.Contains("keeps dying on me", saved, StringComparison.Ordinal); // the quote travels with the symptom
        Assert.Equal(2, recorder.Count);

        await using var replay = await ReplayServer.StartAsync(_file);
        using var replayed = ModelColumn.Create(replay.BaseUrl);
        var replayedMessy = replayed.Interpret(Messy, context);
        var replayedPlain = replayed.Interpret(Plain, context);

        Assert.Equal(2, replay.Replayed);
        Assert.Equal(requestsWhileRecording, _fake.Requests.Count);            // the replay never reached the fake
        Assert.Contains("FLAME_GOES_OUT", replayedMessy.Symptoms);
        Interpretations.Same(recordedMessy, replayedMessy);
        Interpretations.Same(recordedPlain, replayedPlain);
    }
}

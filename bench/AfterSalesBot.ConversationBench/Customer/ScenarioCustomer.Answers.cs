namespace AfterSalesBot.ConversationBench.Customer;

public sealed partial class ScenarioCustomer
{
    private int _answersAfterStory;
    private int _offerIndex = -1;
    private string? _lastOffer;
    private string? _lastQuestion;
    private int _sameInARow;

    /// <summary>An outcome ends the conversation; so do silence and "something went wrong".</summary>
    private bool Ended(IReadOnlyList<Channel.BotMessage> replies)
    {
        if (replies.Count == 0)
        {
            _record.DeadEnd = $"no reply within {ReplyTimeout.TotalSeconds:0} s";
            return true;
        }

        var reading = ReplyReading.Of(replies);
        if (reading.WentWrong)
        {
            _record.Failures++;
            _record.DeadEnd = "the bot said something went wrong";
            return true;
        }

        _record.Outcome = reading.Outcome;
        return reading.Outcome != ReplyOutcome.None;
    }

    private bool IsStuck(ReplyReading reading)
    {
        _sameInARow = reading.QuestionText == _lastQuestion ? _sameInARow + 1 : 1;
        _lastQuestion = reading.QuestionText;
        if (_sameInARow < SameQuestionLimit)
            return false;
        _record.DeadEnd = $"the same {Key(reading.Question)} question {SameQuestionLimit} times in a row";
        return true;
    }

    private string NextMessage(ReplyReading reading)
    {
        var kind = reading.Question;
        if (Interjection(kind) is { } interjection)
            return interjection;
        if (kind is not (QuestionKind.None or QuestionKind.Offer) && !_answered.Add(kind))
        {
            _record.AskedAgain++;
            _record.Transcript.Add($"  (asked again: {Key(kind)})");
        }

        _answersAfterStory++;
        return kind == QuestionKind.Offer ? OfferAnswer(reading.QuestionText) : Answer(Key(kind));
    }

    /// <summary>The first interjection due now: at this answer's number, or the first time this kind is asked.</summary>
    private string? Interjection(QuestionKind kind)
    {
        for (var i = 0; i < scenario.Say.Count; i++)
        {
            var say = scenario.Say[i];
            var due = say.When == $"turn:{_answersAfterStory + 1}" || (say.When == Key(kind) && kind != QuestionKind.None);
            if (due && _interjected.Add(i))
                return say.Text;
        }

        return null;
    }

    /// <summary>The offer list advances per offer: a new offer text takes the next answer; a repeated one, or the same offer
    /// asked about again in other words, the same.</summary>
    private string OfferAnswer(string offer)
    {
        if (offer != _lastOffer && (_offerIndex < 0 || !BotPhrases.OfferAskedAgain.IsMatch(offer)))
            _offerIndex++;
        _lastOffer = offer;
        var answers = scenario.OfferAnswers;
        return answers.Count == 0 ? Answer("other") : answers[Math.Min(_offerIndex, answers.Count - 1)];
    }

    private string Answer(string key) =>
        scenario.Answers.TryGetValue(key, out var answer) || scenario.Answers.TryGetValue("other", out answer)
            ? answer
            : scenario.Language == "zh" ? "好的" : "ok";

    private static string Key(QuestionKind kind) => kind == QuestionKind.None ? "other" : kind.ToString().ToLowerInvariant();
}

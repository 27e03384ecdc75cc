using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    private static readonly string[] DonePhrases =
    [
        "that's all", "thats all", "that is all", "nothing else", "nothing more", "i'm done", "im done", "done",
        "就这些", "没了", "没有了", "说完了", "就这样", "没别的了",
    ];

    /// <summary>Step 1: let the customer speak over several messages; move on when they say they are done.</summary>
    private async Task ListenAsync(CancellationToken ct)
    {
        if (IsDone())
        {
            _flow.FinishVenting();
            await AskToConfirmAsync(ct);
            return;
        }
        _state.Heard.Add(_text);
        _flow.HearMore();
        Say(_said.Anger >= 2 ? "Listen.Angry" : "Listen.More").Buttons("Button.ThatsAll");
    }

    private bool IsDone()
    {
        var text = _text.Trim().TrimEnd('.', '!', '。', '！').ToLowerInvariant();
        return _said.Intent == Intent.No || DonePhrases.Contains(text) || text == Text("Button.ThatsAll").ToLowerInvariant();
    }

    /// <summary>Step 2: apologise, restate the problem in a sentence, and ask whether it is right.</summary>
    private async Task AskToConfirmAsync(CancellationToken ct) =>
        Say("Confirm", await RestatementAsync(ct)).Buttons("Button.Yes", "Button.No");

    private async Task ConfirmAsync(CancellationToken ct)
    {
        if (_said.Intent == Intent.Yes || _text == Text("Button.Yes"))
        {
            _flow.ConfirmProblem();
            Say("Gather.Start");
            await AskNextAsync(ct);
            return;
        }
        if (_said.Intent == Intent.No || _text == Text("Button.No"))
        {
            _flow.CorrectProblem();
            Say("Confirm.Correct").Buttons("Button.ThatsAll");
            return;
        }
        // The customer corrected us in their own words: take them in and restate again.
        _state.Heard.Add(_text);
        await AskToConfirmAsync(ct);
    }

    /// <summary>The model's words when it has them (facts from the state, never from the model), else the template.</summary>
    private async Task<string> RestatementAsync(CancellationToken ct)
    {
        var facts = new RestatementFacts(_state.Language, _state.Model is { } m ? DisplayName(m) : null,
            [.. _state.Symptoms.Select(SymptomPhrase).OfType<string>()], _state.StartedOn, _state.Heard);
        return await _services.Wording.RestateAsync(facts, _model, ct) ?? Restatement();
    }

    private string Restatement()
    {
        var product = _state.Model is { } model
            ? Text("Restate.Product", DisplayName(model))
            : Text("Restate.Unknown");
        var symptoms = _state.Symptoms.Select(SymptomPhrase).Where(p => p is not null).ToList();
        if (symptoms.Count == 0)
        {
            var words = string.Join(" ", _state.Heard).Trim();
            return Text("Restate.Words", words.Length > 160 ? words[..160] + "…" : words);
        }
        var sentence = Text("Restate.Symptoms", product, string.Join(_state.Language == "zh" ? "、" : ", ", symptoms));
        if (_state.StartedOn is { } since) sentence += (_state.Language == "zh" ? "，" : " ") + Text(_state.StartedApproximate ? "Restate.SinceAbout" : "Restate.Since", FormatDate(since));
        return sentence;
    }

    private string? SymptomPhrase(string code)
    {
        try
        {
            return Text("Symptom." + code);
        }
        catch (InvalidOperationException)
        {
            return null; // a code without a phrase: the restatement quotes the customer instead
        }
    }

    private string DisplayName(string model) => _catalogNames.TryGetValue(model, out var name) ? name : model;

    private string FormatDate(DateOnly date) =>
        _state.Language == "zh" ? $"{date.Year}年{date.Month}月{date.Day}日" : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

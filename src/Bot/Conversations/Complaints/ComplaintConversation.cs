using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// One turn of the complaint procedure: understand the message, absorb its facts, let safety and interruptions
/// go first, then do what the current step asks. The step changes only through <see cref="ComplaintFlow"/>.
/// </summary>
public sealed partial class ComplaintConversation
{
    private readonly TurnContext _turn;
    private ComplaintState _state;
    private readonly ComplaintServices _services;
    private ComplaintFlow _flow;
    private Interpretation _said = new();

    /// <summary>This turn's answer to the plain question was a confession in scorn, taken as no answer.</summary>
    private bool _mockedConfession;

    [System.Text.RegularExpressions.GeneratedRegex(@"🙄|😒|🙃|😑|🤦|(?<![a-z])(?:yeah,?\s+right|as\s+if|that'?s\s+my\s+(?:favou?rite\s+)?hobby)(?![a-z])|对对对|是是是|呵呵", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MockConfession();
    private ModelTurn _model = ModelTurn.Unbudgeted("");
    private string _text = "";
    private string? _lower;

    /// <summary>The customer's text in lower case, made once per turn for the checks that read it so.</summary>
    private string Lower => _lower ??= _text.ToLowerInvariant();

    /// <summary>What this message asks about the customer's data, read once per turn.</summary>
    private PrivacyRequest? _privacy;

    private PrivacyRequest Privacy => _privacy ??= PrivacyRequests.Read(_text);

    /// <summary>This message changed the fact sheet (a fact, a wish, a correction), whatever was asked.</summary>
    private bool _tookFacts;

    /// <summary>This message changed a fact the warranty decision rests on (not the wish, a sum, the phone).</summary>
    private bool _tookDecidingFacts;

    /// <summary>The reply before this message offered a person.</summary>
    private bool _personOffered;

    /// <summary>The fingerprint of the words the reply before this message answered as a question (<see cref="ComplaintState.QuestionAnswered"/>).</summary>
    private string? _questionAnswered;
    private readonly Dictionary<string, string> _catalogNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The product line of the model named, once known this turn (software is restated in its own words).</summary>
    private string? _modelLine;

    public ComplaintConversation(TurnContext turn, ComplaintState state, ComplaintServices services)
    {
        _turn = turn;
        _state = state;
        _services = services;
        _flow = new ComplaintFlow(state);
    }

    /// <summary>The state to persist: the one the turn began with, or a fresh one after a restart.</summary>
    public ComplaintState State => _state;

    private Activity Activity => _turn.Activity;
    private CultureInfo Culture => _state.Language == "zh" ? CustomerLanguage.Chinese : CustomerLanguage.English;
    private string Locale => CustomerLanguage.Tag(Culture);
    private ComplaintOptions Options => _services.Options.Value;

    /// <summary>The turn, then whatever the desk must hear from it (offers and answers on a handed-back case).</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        await StepAsync(ct);
        await ReportOffersAsync(ct);
    }

    private async Task StepAsync(CancellationToken ct)
    {
        RememberTimeZone();
        if (IsJoin(Activity))
        {
            _state.Language = CustomerLanguage.FromLocale(Activity.Locale).Equals(CustomerLanguage.Chinese) ? "zh" : "en";
            if (!_state.Greeted) Greet();
            return;
        }
        if (_turn.FollowUp is { } followUp)
        {
            await FollowUpWakeAsync(followUp, ct);
            return;
        }
        if (_turn.IsDeskWake)
        {
            await DeskWakeAsync(ct);
            return;
        }
        if (Activity.Type != ActivityTypes.Message) return;

        var card = FactsCard.ReadSubmit(Activity);
        var survey = SatisfactionAnswer.ReadSubmit(Activity.Value);
        _text = CustomerText.Normalise(Activity.Text);
        _lower = null;
        _privacy = null;
        _whyAnswered = false;
        _yesAfterWhy = false;
        NoteAttachments();
        if (_text.Length == 0 && card is null && survey is null) return;
        SplitOffARepeatRequest();

        using var model = _services.ModelTurns.Begin(Activity.Conversation?.Id ?? "");
        _model = model;
        try
        {
            await UnderstoodStepAsync(card, survey, ct);
        }
        finally
        {
            _state.ModelTokens += model.Tokens;
        }
    }

    private async Task UnderstoodStepAsync(IReadOnlyDictionary<string, string>? card, Satisfaction? survey, CancellationToken ct)
    {
        // Once the conversation runs, its language breaks ties in mixed text ("yes 对"), not the browser's locale.
        var locale = _state.Greeted && _state.Step != ComplaintStep.Idle ? (_state.Language == "zh" ? "zh-CN" : "en-US") : Activity.Locale;
        _said = await _services.Understanding.UnderstandAsync(_text, new InterpretationContext(
            locale, _turn.Now, CustomerTimeZone(), await _services.Catalog.GetAsync(ct)), _model, ct);
        if ((_said.HasLanguage || !_state.Greeted && _text.Length > 0) && !await IsOnlyAnIdentifierAsync(ct))
        {
            _state.Language = _state.LanguageWritten ? LanguageDetector.Follow(_state.Language, _text, _said.Language) : _said.Language;
            _state.LanguageWritten |= _said.HasLanguage;
        }
        _pendingStatus = _state.StatusCheck;
        _state.StatusCheck = null;
        // The phone digits a status check asked for are not facts of the complaint.
        _pendingErasure = _state.Erasure;
        _state.Erasure = null;
        if (_said.Hazard is null && await AnswersStatusCheckAsync(ct)) return;
        if (_said.Hazard is null && await PrivacyAsync(ct)) return;
        var before = FactsKey();
        var deciding = DecidingFactsKey();
        _personOffered = _state.PersonOffered;
        _state.PersonOffered = false;
        _questionAnswered = _state.QuestionAnswered;
        _state.QuestionAnswered = null;
        // "呃 R H 16 2607 1136": asked for the serial, pieces that join into one on the catalogue's patterns are it.
        if (_state.Asking == FactQuestion.Serial && _said.Serial is null && _said.OrderNumber is null
            && await _services.Catalog.SerialInPiecesAsync(_text, ct) is { } pieces)
            _said = _said with { Serial = pieces };
        // "oh yes, obviously I fixed it myself with a butter knife 🙄", 对对对，是我拿脚踹的 (round 149): a confession in scorn to the
        // plain question owns up to nothing; it is asked about once more, plainly (Gathering).
        _mockedConfession = false;
        if (_state.Step == ComplaintStep.Gathering && _state.Asking == FactQuestion.Circumstances && (_said.Causes.Any(c => c.Value) || _said.Intent == Intent.Yes) && MockConfession().IsMatch(_text))
        {
            _said = _said with { Causes = _said.Causes.Where(c => !c.Value).ToDictionary(c => c.Key, c => c.Value), Intent = Intent.Statement };
            _mockedConfession = true;
        }
        Absorb(_said);
        _tookFacts = FactsKey() != before;
        _tookDecidingFacts = DecidingFactsKey() != deciding;
        if (_state.Model is { } model)
        {
            _catalogNames[model] = await _services.Catalog.DisplayNameAsync(model, _state.Language, ct) ?? model;
            _serialFormat = await _services.Catalog.SerialFormatAsync(model, _state.Language, ct);
            _modelLine = await _services.Catalog.LineOfAsync(model, ct);
        }

        if (_said.Hazard is { } hazard)
        {
            await SafetyAsync(hazard, ct);
            return;
        }
        if (await FollowingUpAsync(survey, ct)) return;
        if (await WithDeskAsync(ct)) return;
        if (await StatusAsync(ct)) return;
        if (await InterruptedAsync(ct)) return;

        switch (_state.Step)
        {
            case ComplaintStep.Listening: await ListenAsync(ct); break;
            case ComplaintStep.Confirming: await ConfirmAsync(ct); break;
            case ComplaintStep.Gathering: await GatherAsync(card, ct); break;
            case ComplaintStep.AwaitingAgreement: await AgreeAsync(ct); break;
            default: await OutsideComplaintAsync(ct); break;
        }
    }

    private void Greet()
    {
        // Said again to "ok", "好": never the same sentence twice in a row.
        if (_state.Greeted) Say(_state.GreetedAgain++ % 2 == 0 ? "Greeting" : "Greeting.Example");
        else SayText(Text("Greeting") + Gap + PrivacyNotice());
        _state.Greeted = true;
    }

    private async Task OutsideComplaintAsync(CancellationToken ct)
    {
        switch (_state.Step)
        {
            case ComplaintStep.Escalated when _said.Intent != Intent.Complaint:
                await SayWaitingAsync(_state.CaseNumber!, ct);
                return;
            case ComplaintStep.Agreed when _said.Intent != Intent.Complaint && _said.Symptoms.Count == 0:
                Say("Agreed.Waiting", _state.CaseNumber!);
                return;
        }
        if (_said.Intent is Intent.Greeting or Intent.Yes or Intent.No or Intent.Thanks && _said.Symptoms.Count == 0 && _said.Models.Count == 0)
        {
            if (_said.Anger == 0 || _state.Step is ComplaintStep.Agreed or ComplaintStep.Escalated)
            {
                Greet();
                return;
            }
            // "Hi, I'm honestly so fed up": the feeling is heard first (DOMAIN.md §2 step 1), then the story.
            if (_state.Step != ComplaintStep.Idle) Restart();
            _state.Greeted = true;
            _flow.StartComplaint();
            Hear();
            Say("Listen.Feelings").Buttons("Button.ThatsAll");
            return;
        }
        if (_state.Step != ComplaintStep.Idle) Restart();
        if (!_state.Greeted) Greet(); // a channel without a join event: introduce ourselves first
        _flow.StartComplaint();
        Hear();
        if (ReadyToConfirm())
        {
            // Product and problem in the first message: apologise and restate at once; "no" lets them add to it.
            if (_state.Anger >= 1) Say("Listen.Heard");
            _flow.FinishVenting();
            await AskToConfirmAsync(ct);
            return;
        }
        Say(_state.Anger >= 2 ? "Listen.Angry" : "Listen.First").Buttons("Button.ThatsAll");
    }

    /// <summary>Forget the finished complaint (its case stays on the desk) and begin a new one, with what this message
    /// already says about it ("my printer jams too" after an agreed case is a product and a problem, not a blank start).</summary>
    private void Restart()
    {
        _state = _state.Restart();
        _flow = new ComplaintFlow(_state);
        Absorb(_said);
    }

    /// <summary>"fs9 2610 cdnh" in a Chinese conversation: a serial or order number alone says nothing about the language.</summary>
    private async Task<bool> IsOnlyAnIdentifierAsync(CancellationToken ct) =>
        _state.Greeted && (_said.Serial ?? _said.OrderNumber
            ?? (_state.Asking == FactQuestion.Serial ? await _services.Catalog.SerialInPiecesAsync(_text, ct) : null)) is { } id
        && Compact(_text) == Compact(id);

    private static string Compact(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    private static bool IsJoin(Activity activity) =>
        (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        || (activity.Type == ActivityTypes.Event && activity.Name == "webchat/join");

    /// <summary>The zone the customer's channel sends (Web Chat's localTimezone), else the one it sent before (desk wakes
    /// and follow-ups carry none), else <c>Complaints:TimeZone</c>.</summary>
    private TimeZoneInfo CustomerTimeZone() => CustomerTime.FirstKnown(Activity.LocalTimezone, _state.TimeZone, Options.TimeZone);

    /// <summary>Keeps the zone the channel sent, for the turns and desk notices that arrive without one.</summary>
    private void RememberTimeZone()
    {
        if (Activity.LocalTimezone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) _state.TimeZone = zone.Id;
    }

    /// <summary>Files are acknowledged once per message, however many it carries; an empty entry is ignored.</summary>
    private void NoteAttachments()
    {
        var files = Activity.Attachments?.Where(a => a?.ContentUrl is not null).ToList() ?? [];
        if (files.Any(f => f.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)) _state.HasPhoto = true;
        if (files.Count == 1) Say("AttachmentReceived", files[0].Name ?? files[0].ContentUrl!);
        else if (files.Count > 1)
        {
            var names = files.Take(3).Select(f => "“" + (f.Name ?? "file") + "”");
            Say("AttachmentsReceived", files.Count, string.Join(Text("ListSeparator"), names) + (files.Count > 3 ? "…" : ""));
        }
    }
}

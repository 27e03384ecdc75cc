using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    private static readonly string[] AllCauses = ["USER_DAMAGE", "VOLTAGE", "MODIFICATION", "UNAUTHORISED_REPAIR", "DISASSEMBLY", "FORCE_MAJEURE"];

    /// <summary>Keeps every fact a message volunteers, whatever was asked: customers rarely answer in order.</summary>
    private void Absorb(Interpretation said)
    {
        // Only a model the customer named unambiguously: "热水器" fits two models, and the serial will tell which.
        if (_state.Model is null && said.Models.Count == 1) _state.Model = said.Models[0];
        _state.ProductMentioned |= said.Models.Count > 0;
        if (said.Serial is { } serial && serial != _state.Serial)
        {
            _state.Serial = serial;
            _state.SaleDate = null; // a new serial must be looked up again
        }
        if (said.OrderNumber is { } order) _state.OrderNumber = order;
        foreach (var symptom in said.Symptoms)
            if (!_state.Symptoms.Contains(symptom)) _state.Symptoms.Add(symptom);
        foreach (var (cause, happened) in said.Causes) _state.Causes[cause] = happened;
        if (said.Wants is { } wants) _state.Wants = wants.ToString();
        if (said.AmountAsked is { } amount) _state.AmountAsked = amount;
        _state.Phone ??= said.Phone;
        _state.Email ??= said.Email;
        _state.Anger = Math.Max(_state.Anger, said.Anger);
        _state.Urgent |= said.Urgent;
        // A date while the customer tells their story is when it started; asked for, it is the answer.
        if (said.Dates.Count > 0 && _state.StartedOn is null
            && (_state.Step is ComplaintStep.Idle or ComplaintStep.Listening or ComplaintStep.Confirming || _state.Asking == FactQuestion.Started))
        {
            var started = said.Dates[0];
            if (started.Date <= Today)
            {
                _state.StartedOn = started.Date;
                _state.StartedApproximate = started.Approximate;
            }
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_turn.Now, CustomerTimeZone()).DateTime);

    /// <summary>The card's answers, validated like typed ones.</summary>
    private void AbsorbCard(IReadOnlyDictionary<string, string> card)
    {
        if (card.TryGetValue("serial", out var serial))
        {
            var upper = serial.ToUpperInvariant();
            if (upper.StartsWith("SO-", StringComparison.Ordinal)) _state.OrderNumber = upper;
            else if (upper != _state.Serial)
            {
                _state.Serial = upper;
                _state.SaleDate = null;
            }
        }
        if (card.TryGetValue("started", out var started) && DateOnly.TryParseExact(started, "yyyy-MM-dd", out var date) && date <= Today)
        {
            _state.StartedOn = date;
            _state.StartedApproximate = false;
            _state.StartedAsked = true;
        }
        if (card.TryGetValue("circumstances", out var causes))
        {
            var chosen = causes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var cause in AllCauses) _state.Causes[cause] = chosen.Contains(cause);
            _state.CircumstancesAsked = true;
        }
        if (card.TryGetValue("wants", out var wants)) _state.Wants = wants;
        if (card.TryGetValue("phone", out var phone))
        {
            var said = _services.Interpreter.Interpret(phone, new InterpretationContext(Activity.Locale, _turn.Now, CustomerTimeZone(), []));
            _state.Phone = said.Phone ?? _state.Phone;
            _state.Email = said.Email ?? _state.Email;
        }
    }
}

namespace AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

/// <summary>One message of the labelled set and what a correct interpreter makes of it.</summary>
public sealed record LabelledUtterance(string Text, string? Locale, Interpretation Expected);

/// <summary>A labelled set: every utterance is read as if sent at <see cref="Now"/> by a customer in <see cref="TimeZone"/>.</summary>
public sealed record LabelledUtteranceSet(string Source, DateTimeOffset Now, TimeZoneInfo TimeZone, IReadOnlyList<LabelledUtterance> Utterances);

using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// Whether a text holds any phrase of a list, for a list that is only ever asked that (never where, never replaced): each
/// phrase compiled on its own (<see cref="PhraseTable{T}.Compile"/>, the same pattern and options), tried in turn until one
/// matches. The answer is the one alternation of all of them gives, since the alternation matches wherever one of its
/// branches does. It is cheaper for a list whose one alternation gives the engine no way to find where a match can start:
/// the intent's <c>Human</c> list (anchored openings, look-behinds before the words) made it try all of its branches at
/// every position, 26 µs a message on the conversation bench's turns; on its own each phrase starts with a word or a
/// character the engine searches for, and the 60 of them cost 2 µs a message (ADR 0056).
/// </summary>
internal sealed class PhraseSet(IEnumerable<string> phrases)
{
    private readonly Regex[] _phrases = phrases.Select(p => PhraseTable<bool>.Compile([p])).ToArray();

    public bool IsMatch(string folded)
    {
        foreach (var phrase in _phrases)
        {
            if (phrase.IsMatch(folded))
                return true;
        }
        return false;
    }
}

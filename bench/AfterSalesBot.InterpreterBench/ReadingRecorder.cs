using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Language.Understanding;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// <c>--record</c>: the model's readings of the labelled set, keyed by the text as the model received it (contacts
/// masked when configured), in the file shape <see cref="ReplayServer"/> answers from (a JSON object: text → reading).
/// </summary>
public sealed class ReadingRecorder
{
    private readonly SortedDictionary<string, ModelReading> _readings = new(StringComparer.Ordinal);

    public int Count => _readings.Count;

    public void Add(string sentText, ModelReading reading) => _readings[sentText] = reading;

    public void Save(string path)
    {
        var file = new JsonObject();
        foreach (var (text, reading) in _readings)
            file[text] = JsonSerializer.SerializeToNode(reading, ModelReading.Json);
        File.WriteAllText(path, file.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}

namespace AfterSalesBot.ConversationBench.ScenarioFiles;

/// <summary>Finds the scenario files of a set: <c>{set}/{en|zh}/*.json</c>; <c>all</c> is dev and holdout below the folder.</summary>
public static class ScenarioFolder
{
    /// <returns>The readable scenarios, and why each other file was skipped (files are being written as the bench runs).</returns>
    public static (List<Scenario> Scenarios, List<string> Unreadable) Load(string folder, string set, string? filter)
    {
        var scenarios = new List<Scenario>();
        var unreadable = new List<string>();
        foreach (var (path, name) in Find(folder, set, filter))
        {
            try
            {
                scenarios.Add(ScenarioFile.Read(path, name));
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                unreadable.Add(e.Message);
            }
        }

        return (scenarios, unreadable);
    }

    public static IReadOnlyList<(string Path, string Name)> Find(string folder, string set, string? filter)
    {
        string[] sets = set == "all" ? ["dev", "holdout"] : [set];
        return
        [
            .. sets.Select(s => Path.Combine(folder, s)).Where(Directory.Exists)
                .SelectMany(d => Directory.EnumerateFiles(d, "*.json", SearchOption.AllDirectories))
                .Select(p => (Path: p, Name: Path.GetRelativePath(folder, p).Replace('\\', '/')))
                .Where(f => filter is null || f.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f.Name, StringComparer.Ordinal),
        ];
    }
}

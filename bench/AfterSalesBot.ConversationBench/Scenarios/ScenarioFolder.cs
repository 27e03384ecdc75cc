namespace AfterSalesBot.ConversationBench.Scenarios;

/// <summary>Finds the scenario files of a set: <c>{dev|holdout}/{en|zh}/*.json</c> below the folder.</summary>
public static class ScenarioFolder
{
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

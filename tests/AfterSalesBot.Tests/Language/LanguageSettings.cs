namespace AfterSalesBot.Tests.Language;

/// <summary>The Language section pointing at the contract fake, as an operator would write it.</summary>
public static class LanguageSettings
{
    public const string Model = "gpt-4o-mini";
    public const string Deployment = "asb-gpt4o-mini";

    public static Dictionary<string, string?> Compatible(FakeChatCompletions fake, string budget = "00:00:10") => new()
    {
        ["Language:Provider"] = "OpenAICompatible",
        ["Language:Endpoint"] = fake.BaseUrl,
        ["Language:Model"] = Model,
        ["Language:ApiKey"] = FakeChatCompletions.Key,
        ["Language:TurnBudget"] = budget,
    };

    public static Dictionary<string, string?> Azure(FakeChatCompletions fake) => new()
    {
        ["Language:Provider"] = "AzureOpenAI",
        ["Language:Endpoint"] = fake.Root,
        ["Language:Deployment"] = Deployment,
        ["Language:ApiKey"] = FakeChatCompletions.Key,
    };
}

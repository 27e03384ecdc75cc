namespace AfterSalesBot.ConversationBench.Customer;

/// <summary>What the bot is asking, as the customer hears it; the names are the scenario file's answer keys.</summary>
public enum QuestionKind
{
    None,
    Done,
    Confirm,
    Product,
    Serial,
    Started,
    Circumstances,
    Wants,
    Phone,
    Offer,
    Person,
}

/// <summary>Where a conversation ended up, as the customer sees it in the replies.</summary>
public enum ReplyOutcome
{
    None,
    Agreed,
    Escalated,
    Cancelled,
}

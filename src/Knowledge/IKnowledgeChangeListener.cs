namespace AfterSalesBot.Knowledge;

/// <summary>Told after an import has committed changes, so in-memory views (the article index) catch up.</summary>
public interface IKnowledgeChangeListener
{
    void OnKnowledgeChanged();
}

namespace AfterSalesBot.Knowledge.Search;

/// <summary>The parts of an article scored separately (BM25F-style: per-field length normalisation, one IDF).</summary>
internal enum IndexField
{
    TitleEn,
    TitleZh,
    BodyEn,
    BodyZh,
    Symptoms,
    Products,
}

internal static class IndexFields
{
    public const int Count = 6;

    /// <summary>A title match is worth three body matches; symptom codes sit between.</summary>
    public static double Boost(IndexField field) => field switch
    {
        IndexField.TitleEn or IndexField.TitleZh => 3.0,
        IndexField.Symptoms => 1.5,
        _ => 1.0,
    };

    public static FieldLanguage LanguageOf(IndexField field) => field switch
    {
        IndexField.TitleEn or IndexField.BodyEn => FieldLanguage.English,
        IndexField.TitleZh or IndexField.BodyZh => FieldLanguage.Chinese,
        _ => FieldLanguage.Neutral,
    };
}

internal enum FieldLanguage
{
    English,
    Chinese,
    Neutral,
}

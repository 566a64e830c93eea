namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>The article was refused before anything was extracted or stored; <see cref="Reason"/> says why.</summary>
public sealed class ArticleRejectedException : Exception
{
    public ArticleRejectedException()
    {
    }

    public ArticleRejectedException(string message)
        : base(message)
    {
    }

    public ArticleRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArticleRejectedException(ArticleRejection reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public ArticleRejection Reason { get; }

    /// <summary>The wire code hosts report: <c>ARTICLE_EMPTY</c>, <c>ARTICLE_TOO_LARGE</c>, ...</summary>
    public string Code => Reason switch
    {
        ArticleRejection.Empty => "ARTICLE_EMPTY",
        ArticleRejection.Binary => "ARTICLE_BINARY",
        ArticleRejection.TooLarge => "ARTICLE_TOO_LARGE",
        ArticleRejection.NoText => "ARTICLE_NO_TEXT",
        ArticleRejection.InvalidJson => "ARTICLE_INVALID_JSON",
        _ => "ARTICLE_INVALID_DATE",
    };
}

namespace TreatyGraph.Core.Domain;

/// <summary>What happened.</summary>
public enum EventKind
{
    Meeting,
    Summit,
    Visit,
    Signing,
    Ratification,
    Statement,
    Agreement,
    Revocation,
    Protest,
    Negotiation,
    WarEnd,
    Annexation,
}

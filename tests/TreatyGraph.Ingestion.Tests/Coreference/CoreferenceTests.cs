using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Tests.Support;

namespace TreatyGraph.Ingestion.Tests.Coreference;

public sealed class CoreferenceTests
{
    [Fact]
    public void SurnameAndRoleDescriptionPointToTheTitledPerson()
    {
        var read = Read.Article("Finnish President Aino Lehtola arrived on Monday. Lehtola said talks were useful. The Finnish president added that more were needed.");

        var president = read.Entity(EntityKind.Person, "Aino Lehtola");
        Assert.Contains("Lehtola", president.Surfaces);
        Assert.Contains(president.Mentions, m => m.Form == MentionForm.Anaphor);
        Assert.Single(read.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void HeIsTheLastSubjectNotTheLastNameMentioned()
    {
        var read = Read.Article("Chancellor Greta Voss spoke in an interview with Ambassador Paul Dorn. He said nothing new, she noted.");

        var voss = read.Entity(EntityKind.Person, "Greta Voss");
        Assert.Contains(voss.Mentions, m => m.Form == MentionForm.Pronoun && m.SentenceIndex == 1);
    }

    [Fact]
    public void TheTwoLeadersAreTheLastTwoLeaders()
    {
        var read = Read.Article("President Anna Berg hosted Prime Minister Olli Rask. Spokesman Karl Fenn said the two leaders agreed to meet again.");

        var agreement = Assert.Single(read.Events, e => e.Kind == EventKind.Agreement);
        Assert.Equal(["Anna Berg", "Olli Rask"], agreement.ParticipantEntities.Names().Order());
    }

    [Fact]
    public void TheDeclarationIsTheLastDeclarationMentioned()
    {
        var read = Read.Article("In 1972, Norway and Sweden signed a joint declaration on fisheries. The declaration was never ratified.");

        var declaration = Assert.Single(read.Entities, e => e.Kind == EntityKind.Treaty);
        Assert.Equal(2, declaration.Mentions.Count);
        Assert.Equal(["Norway", "Sweden"], declaration.Treaty!.Parties.Names().Order());
    }

    [Fact]
    public void DescriptionsWithDifferentPartiesAreDifferentTreaties()
    {
        var read = Read.Article("Norway and Sweden signed a border treaty in 1905. Sweden and Finland have never concluded a border treaty of their own.");

        Assert.Equal(2, read.Entities.Count(e => e.Kind == EntityKind.Treaty));
    }
}

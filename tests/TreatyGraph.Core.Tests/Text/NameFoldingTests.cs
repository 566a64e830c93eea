using TreatyGraph.Core.Text;

namespace TreatyGraph.Core.Tests.Text;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Shinzō", "shinzo")]
    [InlineData("Shinzō Abe", "shinzo abe")]
    [InlineData("ŌNO", "ono")]
    [InlineData("Kunashir", "kunashir")]
    [InlineData("Señor Müller-Lüdenscheidt", "senor muller ludenscheidt")]
    [InlineData("Lech Wałęsa", "lech walesa")]
    [InlineData("Søren Kierkegaard", "soren kierkegaard")]
    [InlineData("Straße", "strasse")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Đurđevac", "durdevac")]
    public void DropsCaseAndAccentsInLatin(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }

    [Theory]
    [InlineData("Итуруп", "итуруп")]
    [InlineData("ИТУРУП", "итуруп")]
    [InlineData("Ёлкин", "елкин")]
    [InlineData("ёж", "еж")]
    [InlineData("Иту́руп", "итуруп")]
    [InlineData("Кунаши́р", "кунашир")]
    public void DropsCaseAndAccentsInCyrillicReadingYoAsYe(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }

    [Theory]
    [InlineData("Αθήνα", "αθηνα")]
    [InlineData("ΑΘΗΝΑ", "αθηνα")]
    [InlineData("Οδυσσεύς", "οδυσσευσ")]
    [InlineData("ΟΔΥΣΣΕΥΣ", "οδυσσευσ")]
    public void DropsCaseAndAccentsInGreekWithOneSigma(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }

    [Theory]
    [InlineData("Ｉｔｕｒｕｐ", "iturup")]
    [InlineData("ＩＴＵＲＵＰ　１９５６", "iturup 1956")]
    [InlineData("ｶﾞ", "ガ")]
    [InlineData("ﬁnland", "finland")]
    public void UnifiesCompatibilityForms(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }

    [Theory]
    [InlineData("択捉島")]
    [InlineData("ガ")]
    [InlineData("パ")]
    [InlineData("クナシリ")]
    [InlineData("𠮷野家")]
    [InlineData("々")]
    public void KeepsKanaAndKanjiAsTheyAre(string name)
    {
        Assert.Equal(name, NameFolding.Fold(name));
    }

    [Fact]
    public void KeepsTheVoicingMarkThatMakesAKanaDistinct()
    {
        Assert.NotEqual(NameFolding.Fold("カ"), NameFolding.Fold("ガ"));
        Assert.NotEqual(NameFolding.Fold("ハ"), NameFolding.Fold("パ"));
        Assert.Equal(NameFolding.Fold("ガ"), NameFolding.Fold("カ\u3099"));
    }

    [Fact]
    public void KeepsMarksThatArePartOfALetterOutsideLatinGreekAndCyrillic()
    {
        // Devanagari vowel signs are combining marks; dropping them would change the word.
        Assert.Equal("ग्रीस", NameFolding.Fold("ग्रीस"));
        Assert.NotEqual(NameFolding.Fold("कि"), NameFolding.Fold("क"));
    }

    [Theory]
    [InlineData("Soviet–Japanese Joint Declaration", "soviet japanese joint declaration")]
    [InlineData("Soviet—Japanese", "soviet japanese")]
    [InlineData("Japan-U.S. Security Treaty", "japan u s security treaty")]
    [InlineData("  Habomai   Islands  ", "habomai islands")]
    [InlineData("(Kuril) Islands!", "kuril islands")]
    [InlineData("ウラジーミル・プーチン", "ウラジーミル プーチン")]
    [InlineData("Abe,\tShinzō\n", "abe shinzo")]
    [InlineData("--", "")]
    [InlineData("", "")]
    public void ReadsPunctuationAndDashesAsSingleSpaces(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }

    [Theory]
    [InlineData("People's Republic of China", "peoples republic of china")]
    [InlineData("People’s Republic", "peoples republic")]
    [InlineData("O‘ahu", "oahu")]
    [InlineData("Hawaiʻi", "hawaii")]
    [InlineData("Ma'anshan", "maanshan")]
    public void DropsApostrophesInsideWords(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }

    [Fact]
    public void NeverMapsOneScriptOntoAnother()
    {
        Assert.NotEqual(NameFolding.Fold("Iturup"), NameFolding.Fold("Итуруп"));
        Assert.NotEqual(NameFolding.Fold("Etorofu"), NameFolding.Fold("エトロフ"));
    }

    [Theory]
    [InlineData("Shinzō Abe")]
    [InlineData("Итуру́п")]
    [InlineData("Ｉｔｕｒｕｐ")]
    [InlineData("Soviet–Japanese Joint Declaration")]
    [InlineData("ウラジーミル・プーチン")]
    public void FoldingTwiceChangesNothing(string name)
    {
        var once = NameFolding.Fold(name);

        Assert.Equal(once, NameFolding.Fold(once));
    }

    [Fact]
    public void RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => NameFolding.Fold(null!));
    }
}

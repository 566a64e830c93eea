using System.Text;
using System.Text.Json;
using TreatyGraph.Cli.Commands;

namespace TreatyGraph.Cli.Tests;

public sealed class TimexCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("timex-command-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void PrintsTimexesWithOffsetsIntoTheFileText()
    {
        const string text = "Talks resumed on Friday and will end in June.";
        var (code, output, _) = Run(File(text), "2018-11-22");

        Assert.Equal(ExitCodes.Ok, code);
        var timexes = Timexes(output);
        Assert.Equal(2, timexes.Count);
        Assert.Equal("Friday", timexes[0].GetProperty("text").GetString());
        Assert.Equal("DATE", timexes[0].GetProperty("type").GetString());
        Assert.Equal("2018-11-16", timexes[0].GetProperty("value").GetString());
        Assert.Equal("2019-06", timexes[1].GetProperty("value").GetString());
        foreach (var t in timexes)
        {
            Assert.Equal(t.GetProperty("text").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void CountsCharactersAfterTheByteOrderMarkAndKeepsCrlf()
    {
        const string text = "Notes\r\n\r\nThe envoy left in 1956.";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var file = Path.Combine(_folder.FullName, "bom.txt");
        System.IO.File.WriteAllBytes(file, bytes);

        var (_, output, _) = Run(file, "2018-11-22");

        var year = Assert.Single(Timexes(output));
        Assert.Equal(text.IndexOf("1956", StringComparison.Ordinal), year.GetProperty("start").GetInt32());
        Assert.Equal(text.IndexOf("1956", StringComparison.Ordinal) + 4, year.GetProperty("end").GetInt32());
    }

    [Fact]
    public void CountsCodePointsNotUtf16Units()
    {
        // U+1F30F is one character to a reader of the file but two UTF-16 units in .NET.
        var (_, output, _) = Run(File("\U0001F30F Talks began in 1956."), "2018-11-22");

        var year = Assert.Single(Timexes(output));
        Assert.Equal(17, year.GetProperty("start").GetInt32());
    }

    [Fact]
    public void LeavesRelativeDatesOpenWithoutADocumentDate()
    {
        var (code, output, _) = Run(File("The envoy left on Friday."), dct: null);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("XXXX-WXX-5", Assert.Single(Timexes(output)).GetProperty("value").GetString());
    }

    [Fact]
    public void ReportsAMissingFile()
    {
        var (code, output, error) = Run(Path.Combine(_folder.FullName, "absent.txt"), "2018-11-22");

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Empty(output);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-02-30")]
    [InlineData("22/11/2018")]
    [InlineData("tomorrow")]
    public void RejectsAnImpossibleDocumentDate(string dct)
    {
        var (code, _, error) = Run(File("Talks resumed in 1956."), dct);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("--dct", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnEmptyFile()
    {
        var (code, _, error) = Run(File(" \n\n "), "2018-11-22");

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsABinaryFile()
    {
        var file = Path.Combine(_folder.FullName, "image.png");
        System.IO.File.WriteAllBytes(file, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE]);

        var (code, _, error) = Run(file, "2018-11-22");

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("not text", error, StringComparison.Ordinal);
    }

    private string File(string text)
    {
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.txt");
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static (int Code, string Output, string Error) Run(string file, string? dct)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TimexCommand.Run(new FileInfo(file), dct, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static List<JsonElement> Timexes(string output) =>
        JsonDocument.Parse(output).RootElement.GetProperty("timexes").EnumerateArray().ToList();
}

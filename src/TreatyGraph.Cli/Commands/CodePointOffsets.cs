namespace TreatyGraph.Cli.Commands;

/// <summary>
/// Turns UTF-16 offsets (what .NET strings count) into code-point offsets (what Python and most readers of
/// a UTF-8 file count), for offsets asked in increasing order, in one pass over the text.
/// </summary>
internal sealed class CodePointOffsets(string text)
{
    private int _utf16;
    private int _codePoints;

    public int At(int utf16Offset)
    {
        if (utf16Offset < _utf16)
        {
            _utf16 = 0;
            _codePoints = 0;
        }

        for (; _utf16 < utf16Offset; _utf16++)
        {
            if (!char.IsLowSurrogate(text[_utf16]))
            {
                _codePoints++;
            }
        }

        return _codePoints;
    }
}

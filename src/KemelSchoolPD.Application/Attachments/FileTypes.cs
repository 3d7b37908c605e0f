using System.IO.Compression;
using System.Text;

namespace KemelSchoolPD.Attachments;

/// <summary>
/// The type of a file told by its content (magic bytes), never by its name or the client's content type. Office files are zip
/// packages whose [Content_Types].xml names the main part; macro-enabled and other packages are refused.
/// </summary>
public static class FileTypes
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Text = "text/plain; charset=utf-8";

    private static readonly (string MainPart, string ContentType)[] OfficeMainParts =
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", Docx),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", Xlsx),
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", Pptx),
    ];

    /// <summary>[Content_Types].xml is a few KB; more is not an office file (and not worth inflating).</summary>
    private const int MaxContentTypesBytes = 256 * 1024;

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The content type of an allowed file, or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8)) return Pdf;
        if (content.StartsWith(PngMagic)) return Png;
        if (content.StartsWith(JpegMagic)) return Jpeg;
        if (content.StartsWith(ZipMagic)) return null; // handled by DetectPackage (needs the array)
        return IsText(content) ? Text : null;
    }

    public static string? Detect(byte[] content) =>
        content.AsSpan().StartsWith(ZipMagic) ? DetectPackage(content) : Detect(content.AsSpan());

    private static string? DetectPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry("[Content_Types].xml");
            if (entry is null || entry.Length > MaxContentTypesBytes) return null;
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            foreach (var (mainPart, contentType) in OfficeMainParts)
                if (xml.Contains($"ContentType=\"{mainPart}\"", StringComparison.OrdinalIgnoreCase)) return contentType;
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null; // not a readable zip
        }
    }

    /// <summary>Valid UTF-8 (a BOM allowed) without NUL or other control characters than tab, line breaks and form feed.</summary>
    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        foreach (var b in content)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) return false;
        try
        {
            StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

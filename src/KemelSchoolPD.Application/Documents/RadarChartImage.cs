using System.Reflection;
using SkiaSharp;

namespace KemelSchoolPD.Documents;

/// <summary>One line of a radar chart: its legend label and one value per axis (the first series is drawn on top).</summary>
public sealed record RadarChartSeries(string Label, IReadOnlyList<int> Values);

/// <summary>
/// A radar chart drawn on the server as a PNG for a printed document — the wheel of balance as the web page draws it
/// (chart.js in <c>angular/src/app/shared/radar-chart.ts</c>): one axis per sector, rings every 2 of 0..max, the current
/// series solid in blue over the previous one dashed in brown, the legend below. Text is drawn with the embedded DejaVu Sans
/// (Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і), so the picture does not depend on the fonts of the server.
/// </summary>
public static class RadarChartImage
{
    public const int WidthPx = 1000, HeightPx = 1000;
    /// <summary>The printed width: 12 cm, well inside a portrait A4 page's 16.5 cm of text.</summary>
    public const double WidthCm = 12;
    /// <summary>The colours of radar-chart.ts: the current series, then the previous one.</summary>
    public static readonly SKColor[] Colors = [SKColor.Parse("#00639b"), SKColor.Parse("#9a4600"), SKColor.Parse("#6b5778"), SKColor.Parse(
        "#006a60")];

    private const float CenterX = WidthPx / 2f, CenterY = 450, Radius = 260, LabelGap = 20, Margin = 10, FontSize = 25, MinFontSize = 15;
    private static readonly Lazy<SKTypeface> LazyTypeface = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KemelSchoolPD.Documents.Fonts.DejaVuSans.ttf")
                           ?? throw new InvalidOperationException("The embedded font DejaVuSans.ttf is missing.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("The embedded font DejaVuSans.ttf cannot be read.");
    });

    /// <summary>The embedded typeface every text of the chart is drawn with.</summary>
    internal static SKTypeface Typeface => LazyTypeface.Value;

    public static DocumentImage Render(IReadOnlyList<string> axes, IReadOnlyList<RadarChartSeries> series, int max = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(axes.Count, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        using var bitmap = new SKBitmap(WidthPx, HeightPx);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var font = new SKFont(Typeface, FontSize);
            DrawGrid(canvas, font, axes.Count, max);
            for (var s = series.Count - 1; s >= 0; s--) DrawSeries(canvas, series[s], s, axes.Count, max);
            DrawAxisLabels(canvas, axes);
            DrawLegend(canvas, font, series);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new DocumentImage(data.ToArray(), WidthPx, HeightPx, WidthCm);
    }

    private static SKPoint Point(int axis, int count, double value, int max, float extra = 0)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * axis / count;
        var r = (float)(Radius * Math.Clamp(value, 0, max) / max) + extra;
        return new SKPoint(CenterX + r * (float)Math.Cos(angle), CenterY + r * (float)Math.Sin(angle));
    }

    private static SKPath Polygon(IEnumerable<SKPoint> points)
    {
        using var builder = new SKPathBuilder();
        var first = true;
        foreach (var p in points)
        {
            if (first) builder.MoveTo(p);
            else builder.LineTo(p);
            first = false;
        }
        builder.Close();
        return builder.Detach();
    }

    private static void DrawGrid(SKCanvas canvas, SKFont font, int count, int max)
    {
        using var line = new SKPaint
        {
            Color = new SKColor(0xD0, 0xD0, 0xD0),
            StrokeWidth = 2,
            Style = SKPaintStyle.Stroke,
            IsAntialias = true
        };
        using var tick = new SKPaint { Color = new SKColor(0x66, 0x66, 0x66), IsAntialias = true };
        using var tickFont = new SKFont(Typeface, FontSize * 0.8f);
        for (var ring = 2; ring <= max; ring += 2)
        {
            using var path = Polygon(Enumerable.Range(0, count).Select(i => Point(i, count, ring, max)));
            canvas.DrawPath(path, line);
        }
        for (var i = 0; i < count; i++) canvas.DrawLine(new SKPoint(CenterX, CenterY), Point(i, count, max, max), line);
        for (var ring = 2; ring <= max; ring += 2)
        {
            var p = Point(0, count, ring, max);
            canvas.DrawText(ring.ToString(), p.X - 8, p.Y + tickFont.Size * 0.35f, SKTextAlign.Right, tickFont, tick);
        }
    }

    private static void DrawSeries(SKCanvas canvas, RadarChartSeries series, int index, int count, int max)
    {
        var color = Colors[index % Colors.Length];
        using var path = Polygon(
            Enumerable.Range(0, count).Select(i => Point(i, count, i < series.Values.Count ? series.Values[i] : 0, max)));
        using var fill = new SKPaint
        {
            Color = color.WithAlpha(index == 0 ? (byte)0x33 : (byte)0x11),
            Style = SKPaintStyle.Fill,
            IsAntialias = true
        };
        using var dash = index == 0 ? null : SKPathEffect.CreateDash([14, 9], 0);
        using var stroke = new SKPaint
        {
            Color = color,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 4,
            IsAntialias = true,
            PathEffect = dash
        };
        using var dot = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, stroke);
        for (var i = 0; i < count; i++) canvas.DrawCircle(Point(i, count, i < series.Values.Count ? series.Values[i] : 0, max), 6, dot);
    }

    private static void DrawAxisLabels(SKCanvas canvas, IReadOnlyList<string> axes)
    {
        using var paint = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
        for (var i = 0; i < axes.Count; i++)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / axes.Count;
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            var anchor = Point(i, axes.Count, 1, 1, LabelGap);
            var align = cos > 0.3 ? SKTextAlign.Left : cos < -0.3 ? SKTextAlign.Right : SKTextAlign.Center;
            // The room between the anchor and the picture's edge; a word longer than that makes the label's letters smaller.
            var room = align switch
            {
                SKTextAlign.Left => WidthPx - anchor.X - Margin,
                SKTextAlign.Right => anchor.X - Margin,
                _ => 2 * Math.Min(anchor.X, WidthPx - anchor.X) - 2 * Margin,
            };
            using var labelFont = new SKFont(Typeface, FontSize);
            var longestWord = axes[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => labelFont.MeasureText(w))
                .DefaultIfEmpty(0)
                .Max();
            if (longestWord > room) labelFont.Size = Math.Max(MinFontSize, FontSize * room / longestWord);
            var lines = Wrap(axes[i], labelFont, Math.Min(room, align == SKTextAlign.Center ? 320 : 230));
            var lineHeight = labelFont.Size * 1.2f;
            var height = lines.Count * lineHeight;
            // The first baseline: above the anchor at the top, below it at the bottom, centred beside it at the sides.
            var top = sin < -0.3 ? anchor.Y - height : sin > 0.3 ? anchor.Y : anchor.Y - height / 2;
            for (var l = 0; l < lines.Count; l++)
                canvas.DrawText(lines[l], anchor.X, top + (l + 0.8f) * lineHeight, align, labelFont, paint);
        }
    }

    private static void DrawLegend(SKCanvas canvas, SKFont font, IReadOnlyList<RadarChartSeries> series)
    {
        using var paint = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
        const float box = 36, gap = 12, spacing = 40;
        var widths = series.Select(s => box + gap + font.MeasureText(s.Label)).ToList();
        var x = CenterX - (widths.Sum() + spacing * Math.Max(0, series.Count - 1)) / 2;
        var y = HeightPx - 60f;
        for (var s = 0; s < series.Count; s++)
        {
            var color = Colors[s % Colors.Length];
            using var dash = s == 0 ? null : SKPathEffect.CreateDash([10, 6], 0);
            using var stroke = new SKPaint
            {
                Color = color,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = 4,
                IsAntialias = true,
                PathEffect = dash
            };
            using var fill = new SKPaint { Color = color.WithAlpha(s == 0 ? (byte)0x33 : (byte)0x11), Style = SKPaintStyle.Fill };
            var rect = new SKRect(x, y - box / 2, x + box, y + box / 2);
            canvas.DrawRect(rect, fill);
            canvas.DrawRect(rect, stroke);
            canvas.DrawText(series[s].Label, x + box + gap, y + font.Size * 0.35f, SKTextAlign.Left, font, paint);
            x += widths[s] + spacing;
        }
    }

    /// <summary>Words into lines no wider than <paramref name="width"/> pixels (a longer single word keeps its own line).</summary>
    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines.Count == 0 ? [""] : lines;
    }
}

namespace MalAnalys.Reporting;

/// <summary>The image format of a chart.</summary>
public enum ChartFormat
{
    /// <summary>A PNG bitmap.</summary>
    Png,

    /// <summary>An SVG drawing (UTF-8 text).</summary>
    Svg,
}

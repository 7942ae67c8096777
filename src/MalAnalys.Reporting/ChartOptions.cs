namespace MalAnalys.Reporting;

/// <summary>Size and title of a chart, and whether it writes its values on it; the defaults fit the data.</summary>
public sealed record ChartOptions
{
    /// <summary>The defaults.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Width in pixels; 0 (default) fits the number of columns.</summary>
    public int Width { get; init; }

    /// <summary>Height in pixels; 0 (default) fits the number of rows.</summary>
    public int Height { get; init; }

    /// <summary>A title over the chart, or <see langword="null"/> for the default title.</summary>
    public string? Title { get; init; }

    /// <summary>Whether each heatmap cell and each bar shows its value as a number (default); the colour or the height alone when false.</summary>
    public bool ShowValues { get; init; } = true;
}

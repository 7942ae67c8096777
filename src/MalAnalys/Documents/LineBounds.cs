namespace MalAnalys.Documents;

/// <summary>Where a line sits on its PDF page, in PDF points with the origin at the bottom left.</summary>
/// <param name="Left">The left edge.</param>
/// <param name="Bottom">The bottom edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Top">The top edge.</param>
public readonly record struct LineBounds(double Left, double Bottom, double Right, double Top);

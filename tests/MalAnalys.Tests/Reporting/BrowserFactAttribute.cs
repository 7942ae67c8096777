namespace MalAnalys.Tests.Reporting;

/// <summary>
/// A test that needs a real browser: reported as skipped, with the reason, when chromium is not installed and the run
/// is not CI; in CI (<see cref="BrowserReportTests.BrowserRequired"/>) it always runs, so a missing chromium fails it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserReportTests.FindChromium() is null && !BrowserReportTests.BrowserRequired)
        {
            Skip = "chromium is not installed (apt-get install chromium); in CI this test fails instead.";
        }
    }
}

using System.Diagnostics;
using MalAnalys.Agenda2030;
using MalAnalys.Reporting;
using SkiaSharp;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Reporting;

/// <summary>
/// The report as a person sees it: rendered by a real browser (Debian's <c>chromium</c>, headless). Without chromium the
/// test is reported as skipped on a developer machine (<see cref="BrowserFactAttribute"/>), but fails in CI
/// (<c>CI=true</c>, or <c>MALANALYS_REQUIRE_BROWSER=1</c> as .ci/run sets it), where .ci/run installs it.
/// </summary>
public sealed class BrowserReportTests(ITestOutputHelper output)
{
    /// <summary>Whether a missing browser fails the test instead of skipping it: in CI.</summary>
    internal static bool BrowserRequired =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("MALANALYS_REQUIRE_BROWSER") == "1";

    internal static string? FindChromium()
    {
        var names = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "chromium", "chromium-browser", "google-chrome" };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.OfType<string>()
            .SelectMany(n => Path.IsPathRooted(n) ? [n] : folders.Select(f => Path.Combine(f, n)))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<string> Chromium(string chromium, string profile, params string[] args)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", $"--user-data-dir={profile}", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }

    [BrowserFact]
    public async Task TheRenderedReport_ShowsTheGoalCountsSdgLabelsAndCorrections()
    {
        // Skipped before it starts when chromium is missing outside CI; in CI a missing chromium fails here.
        var chromium = FindChromium() ?? throw new InvalidOperationException("chromium is missing in CI: install Debian's chromium (see .ci/run).");

        var folder = Directory.CreateTempSubdirectory("malanalys-browser-").FullName;
        try
        {
            var files = await HtmlReport.WriteAsync(SeedDocuments.All, Path.Combine(folder, "report"));
            var profile = Path.Combine(folder, "profile");
            var page = files.Documents[1];
            var document = SeedDocuments.Ostersund;

            var screenshot = Path.Combine(folder, "ostersund.png");
            await Chromium(chromium, profile, $"--screenshot={screenshot}", "--window-size=1280,2000", new Uri(page).AbsoluteUri);
            var png = await File.ReadAllBytesAsync(screenshot);
            Assert.Equal(ChartsTests.PngSignature, png[..8]);
            Assert.True(png.Length > 20_000, $"the screenshot is {png.Length} bytes: a blank page?");
            output.WriteLine($"screenshot of {Path.GetFileName(page)}: {png.Length} bytes");

            var dom = await Chromium(chromium, profile, "--dump-dom", new Uri(page).AbsoluteUri);
            Assert.Contains("<h1 class=\"municipality\">Östersund</h1>", dom, StringComparison.Ordinal);
            Assert.Contains($"{document.Goals.Count} goals</span>", dom, StringComparison.Ordinal);
            Assert.Contains($"Goals ({document.Goals.Count})", dom, StringComparison.Ordinal);
            foreach (var sdg in document.Sdgs.SelectMany(s => s.Result.Served.Take(HtmlReportOptions.Default.SdgsPerGoal)).Select(p => p.Goal).Distinct())
            {
                Assert.Contains($">{sdg.Label}</span>", dom, StringComparison.Ordinal);
            }

            var first = document.Repair.Corrections[0];
            Assert.Contains($"title=\"original: {first.Original} (", dom, StringComparison.Ordinal);
            Assert.Contains("<img class=\"chart\"", dom, StringComparison.Ordinal);

            var index = await Chromium(chromium, profile, "--dump-dom", new Uri(files.Index).AbsoluteUri);
            Assert.Contains($"{SeedDocuments.All.Sum(d => d.Goals.Count)} goals</span>", index, StringComparison.Ordinal);
            Assert.All(SdgCatalogue.Goals, g => Assert.Contains($">{g.Label}</span>", index, StringComparison.Ordinal));
            Assert.All(["Perstorp", "Ystad", "Östersund"], m => Assert.Contains($"<td class=\"label\">{m}</td>", index, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [BrowserFact]
    public async Task The_linked_heatmap_file_is_shown_by_the_browser_on_the_index_and_on_a_page()
    {
        var chromium = FindChromium() ?? throw new InvalidOperationException("chromium is missing in CI: install Debian's chromium (see .ci/run).");
        var folder = Directory.CreateTempSubdirectory("malanalys-browser-").FullName;
        try
        {
            var files = await HtmlReport.WriteAsync(SeedDocuments.All, Path.Combine(folder, "report"));
            var profile = Path.Combine(folder, "profile");

            // The same window with the heatmap file in place and without it: the pixels of colours that only the heatmap
            // has (its blue scale) must appear with it and not without. A blocked image (the page's security policy) or
            // a wrong link would show the same page both times.
            async Task<SKBitmap> Shot(string page, string name)
            {
                var screenshot = Path.Combine(folder, name);
                await Chromium(chromium, profile, $"--screenshot={screenshot}", "--window-size=1280,2000", new Uri(page).AbsoluteUri);
                return SKBitmap.Decode(screenshot) ?? throw new InvalidOperationException("not a PNG");
            }

            using var heatmap = SKBitmap.Decode(files.Charts[0]);
            using var index = await Shot(files.Index, "index.png");
            using var page = await Shot(files.Documents[0], "page.png");
            File.Move(files.Charts[0], files.Charts[0] + ".away");
            using var indexWithout = await Shot(files.Index, "index-without.png");
            using var pageWithout = await Shot(files.Documents[0], "page-without.png");
            var own = Colours(heatmap);
            own.ExceptWith(Colours(indexWithout));
            own.ExceptWith(Colours(pageWithout));
            int Count(SKBitmap shot) => shot.Pixels.Count(own.Contains);
            output.WriteLine($"heatmap-only colours: {own.Count}; pixels of them: index {Count(index)} / {Count(indexWithout)}, page {Count(page)} / {Count(pageWithout)}");
            Assert.True(Count(index) > 5_000, $"index: {Count(index)} pixels of the heatmap's own colours");
            Assert.True(Count(page) > 5_000, $"page: {Count(page)} pixels of the heatmap's own colours");
            Assert.Equal(0, Count(indexWithout) + Count(pageWithout));

            static HashSet<SKColor> Colours(SKBitmap bitmap) => [.. bitmap.Pixels];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

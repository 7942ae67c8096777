using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using MalAnalys.Tests.Samples;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Packaging;

/// <summary>
/// Packs the packages into a folder feed once, in an artifacts folder of its own (so the solution's build outputs are not
/// touched): first the library as written (the version MinVer takes from git), then all four with a version of this run's
/// own (MinVerVersionOverride), so no cached package can stand in. The tool is packed for this machine's platform only.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("malanalys-e2e-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        AsWritten = Directory.CreateDirectory(Path.Combine(Root, "as-written")).FullName;
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        RepoRoot = Directory.GetParent(Seeds.SourceFolder())!.Parent!.FullName;
        var artifacts = Path.Combine(Root, "artifacts");
        PackLog.Append(Dotnet.Run(RepoRoot, "pack", Path.Combine(RepoRoot, "src/MalAnalys/MalAnalys.csproj"), "-c", "Release", "-o", AsWritten, "--artifacts-path", artifacts, "-nologo"));
        foreach (var project in new[] { "src/MalAnalys/MalAnalys.csproj", "src/MalAnalys.Reporting/MalAnalys.Reporting.csproj", "src/MalAnalys.Training/MalAnalys.Training.csproj" })
        {
            PackLog.Append(Dotnet.Run(RepoRoot, "pack", Path.Combine(RepoRoot, project), "-c", "Release", "-o", Feed, "--artifacts-path", artifacts, $"-p:MinVerVersionOverride={Version}", "-nologo"));
        }

        PackLog.Append(Dotnet.Run(
            RepoRoot, "pack", Path.Combine(RepoRoot, "src/MalAnalys.Cli/MalAnalys.Cli.csproj"), "-c", "Release", "-o", Feed, "--artifacts-path", artifacts,
            $"-p:MinVerVersionOverride={Version}", $"-p:RuntimeIdentifiers={ToolPlatform}", "-nologo"));
    }

    /// <summary>The platform the tool is packed for here: this machine's.</summary>
    public static string ToolPlatform => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

    /// <summary>The folder the library was packed into with no version given.</summary>
    public string AsWritten { get; }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string RepoRoot { get; }

    public StringBuilder PackLog { get; } = new();

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public void Dispose()
    {
        // The restores put this test's version into the global package folder; nothing else uses it.
        var cache = Dotnet.Run(Root, "nuget", "locals", "global-packages", "--list").Split(':', 2)[1].Trim();
        foreach (var id in new[] { "malanalys", "malanalys.reporting", "malanalys.training", "malanalys.cli", $"malanalys.cli.{ToolPlatform}" })
        {
            var folder = Path.Combine(cache, id, Version);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Directory.Delete(Root, recursive: true);
    }
}

/// <summary>Runs <c>dotnet</c> and fails with its output when it fails.</summary>
internal static class Dotnet
{
    public static string Run(string workingDirectory, params string[] args) => Exec(workingDirectory, "dotnet", args);

    public static string Exec(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The test host's MSBuild settings must not leak into a separate build.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH_OVERRIDE" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 10 minutes.");
        }

        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output}");
        }

        return output;
    }
}

/// <summary>
/// The packages as a newcomer meets them: packed to a folder feed, referenced from a fresh console project outside the
/// solution (MalAnalys* from that feed only), the README's library example run in it, and the tool installed from the
/// feed and run on a seed. Slow (a Release pack and two restores): kept to this one class.
/// </summary>
public sealed class PackageEndToEndTests(PackedFeed packed, ITestOutputHelper output) : IClassFixture<PackedFeed>
{
    private static IReadOnlyList<string> UpstreamSources(string workingDirectory) =>
        [.. Dotnet.Run(workingDirectory, "nuget", "list", "source", "--format", "short")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('E'))
            .Select(l => l[1..].Trim())];

    // MalAnalys* only from the local feed; everything else from the sources this machine is configured with.
    private static string NuGetConfig(string feed, IReadOnlyList<string> upstream)
    {
        var config = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n");
        config.Append(CultureInfo.InvariantCulture, $"    <add key=\"local\" value=\"{SecurityElement.Escape(feed)}\" />\n");
        for (var i = 0; i < upstream.Count; i++)
        {
            config.Append(CultureInfo.InvariantCulture, $"    <add key=\"upstream{i}\" value=\"{SecurityElement.Escape(upstream[i])}\" />\n");
        }

        config.Append("  </packageSources>\n  <packageSourceMapping>\n    <packageSource key=\"local\">\n      <package pattern=\"MalAnalys*\" />\n    </packageSource>\n");
        for (var i = 0; i < upstream.Count; i++)
        {
            config.Append(CultureInfo.InvariantCulture, $"    <packageSource key=\"upstream{i}\">\n      <package pattern=\"*\" />\n    </packageSource>\n");
        }

        return config.Append("  </packageSourceMapping>\n</configuration>\n").ToString();
    }

    private string FreshFolder(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(packed.Root, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), NuGetConfig(packed.Feed, UpstreamSources(packed.RepoRoot)));
        var seeds = Directory.CreateDirectory(Path.Combine(folder, "seeds")).FullName;
        foreach (var seed in Seeds.Texts)
        {
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        }

        return folder;
    }

    [Fact]
    public void ThePackages_CarryReadmeLicenseXmlDocsSymbolsAndTheEmbeddedData()
    {
        output.WriteLine(packed.PackLog.ToString());
        using (var library = ZipFile.OpenRead(packed.Package("MalAnalys")))
        {
            var entries = library.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("README.md", entries);
            Assert.Contains("LEXICON.md", entries);
            Assert.Contains("lib/net10.0/MalAnalys.dll", entries);
            Assert.Contains("lib/net10.0/MalAnalys.xml", entries);
            var nuspec = Read(library, "MalAnalys.nuspec");
            Assert.Contains("<license type=\"expression\">MIT AND LGPL-3.0-only</license>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
            // Training is a package of its own: the library does not pull in Microsoft.ML.
            Assert.DoesNotContain("id=\"Microsoft.ML", nuspec, StringComparison.Ordinal);

            var resources = ManifestResources(library, "lib/net10.0/MalAnalys.dll");
            Assert.Contains("MalAnalys.Swedish.Data.sv-lexicon.bin", resources);
            Assert.Contains("MalAnalys.Swedish.Data.sweden-councils.tsv", resources);
            Assert.Contains("MalAnalys.Agenda2030.sdg-model.bin.gz", resources);
            Assert.DoesNotContain(resources, r => r.Contains(".corpus.", StringComparison.Ordinal));
        }

        using (var training = ZipFile.OpenRead(packed.Package("MalAnalys.Training")))
        {
            var entries = training.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("README.md", entries);
            Assert.Contains("DATA.md", entries);
            Assert.Contains("lib/net10.0/MalAnalys.Training.dll", entries);
            Assert.Contains("lib/net10.0/MalAnalys.Training.xml", entries);
            var nuspec = Read(training, "MalAnalys.Training.nuspec");
            Assert.Contains($"<dependency id=\"MalAnalys\" version=\"{packed.Version}\"", nuspec, StringComparison.Ordinal);
            Assert.Contains("<dependency id=\"Microsoft.ML\"", nuspec, StringComparison.Ordinal);
            var resources = ManifestResources(training, "lib/net10.0/MalAnalys.Training.dll");
            Assert.Contains("MalAnalys.Training.Data.terms.tsv", resources);
            Assert.Equal(18, resources.Count(r => r.StartsWith("MalAnalys.Training.Data.corpus.", StringComparison.Ordinal)));
        }

        foreach (var id in new[] { "MalAnalys", "MalAnalys.Reporting", "MalAnalys.Training", $"MalAnalys.Cli.{PackedFeed.ToolPlatform}" })
        {
            Assert.True(File.Exists(Path.Combine(packed.Feed, $"{id}.{packed.Version}.snupkg")), $"{id} has no symbol package");
        }

        using var reporting = ZipFile.OpenRead(packed.Package("MalAnalys.Reporting"));
        Assert.Contains(reporting.Entries, e => e.FullName == "lib/net10.0/MalAnalys.Reporting.xml");
        var reportingSpec = Read(reporting, "MalAnalys.Reporting.nuspec");
        Assert.Contains($"<dependency id=\"MalAnalys\" version=\"{packed.Version}\"", reportingSpec, StringComparison.Ordinal);

        using var tool = ZipFile.OpenRead(packed.Package($"MalAnalys.Cli.{PackedFeed.ToolPlatform}"));
        Assert.Contains(tool.Entries, e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.Contains(tool.Entries, e => e.FullName.EndsWith("/MalAnalys.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLibrary_PacksAsWritten_WithAPrereleaseVersionFromGit_BecauseLuceneNetIsAPrerelease()
    {
        var package = Assert.Single(Directory.GetFiles(packed.AsWritten, "*.nupkg"));
        var version = Regex.Match(Path.GetFileName(package), @"^MalAnalys\.(?<version>\d+\.\d+\.\d+-[0-9A-Za-z.]+)\.nupkg$");
        Assert.True(version.Success, Path.GetFileName(package));
        using var library = ZipFile.OpenRead(package);
        var nuspec = Read(library, "MalAnalys.nuspec");
        Assert.Contains($"<version>{version.Groups["version"].Value}</version>", nuspec, StringComparison.Ordinal);
        Assert.Matches(new Regex("<dependency id=\"Lucene.Net\" version=\"[^\"]*-beta"), nuspec);
    }

    [Fact]
    public void TheToolPackage_ForOnePlatform_IsAtMost40MB_WithOnlyThatPlatformsNativeLibraries_AndNoThirdPartyDebugFiles()
    {
        var platform = PackedFeed.ToolPlatform;
        var package = packed.Package($"MalAnalys.Cli.{platform}");
        var size = new FileInfo(package).Length;
        output.WriteLine($"{Path.GetFileName(package)}: {size / 1e6:0.0} MB");
        Assert.InRange(size, 1, 40_000_000);

        using var tool = ZipFile.OpenRead(package);
        var files = tool.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).ToList();
        Assert.All(files, f => Assert.StartsWith($"tools/net10.0/{platform}/", f, StringComparison.Ordinal));
        Assert.All(files.Where(f => f.EndsWith(".pdb", StringComparison.Ordinal)), f => Assert.StartsWith("MalAnalys", Path.GetFileName(f), StringComparison.Ordinal));
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains($"tools/net10.0/{platform}/libSkiaSharp.so", files);
        }

        // The package `dotnet tool install MalAnalys.Cli` asks for names the platform packages.
        using var pointer = ZipFile.OpenRead(packed.Package("MalAnalys.Cli"));
        var settings = Read(pointer, pointer.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).FullName);
        Assert.Contains($"MalAnalys.Cli.{platform}", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void TheToolPackage_ForOnePlatform_CarriesReadyToRunCode_AndRunsWithoutDynamicPgo()
    {
        var platform = PackedFeed.ToolPlatform;
        using var tool = ZipFile.OpenRead(packed.Package($"MalAnalys.Cli.{platform}"));

        // ReadyToRun code is in the managed-native header of each assembly: the tool's own, the library and a dependency.
        foreach (var assembly in new[] { "MalAnalys.Cli.dll", "MalAnalys.dll", "System.CommandLine.dll" })
        {
            using var bytes = new MemoryStream();
            using (var entry = tool.GetEntry($"tools/net10.0/{platform}/{assembly}")!.Open())
            {
                entry.CopyTo(bytes);
            }

            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} has no ReadyToRun code");
        }

        var runtimeConfig = Read(tool, $"tools/net10.0/{platform}/MalAnalys.Cli.runtimeconfig.json");
        Assert.Contains("\"System.Runtime.TieredPGO\": false", runtimeConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadmeLibraryExample_RunsInAFreshConsoleProject_ThatTakesMalAnalysFromTheFeedOnly()
    {
        var folder = FreshFolder("app");
        var project = Directory.CreateDirectory(Path.Combine(folder, "app")).FullName;
        File.WriteAllText(Path.Combine(project, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MalAnalys" Version="{packed.Version}" />
              </ItemGroup>
            </Project>
            """);
        var example = ReadmeSnippetTests.Snippets(Path.Combine(packed.RepoRoot, "README.md"))[0];
        File.WriteAllText(Path.Combine(project, "Program.cs"), example);

        Dotnet.Run(folder, "restore", project);
        var assets = File.ReadAllText(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains($"\"MalAnalys/{packed.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(packed.Feed), assets, StringComparison.Ordinal);

        var run = Dotnet.Run(folder, "run", "--no-restore", "--project", project);
        output.WriteLine(run);
        Assert.Matches(new Regex(@"Östersund, budget 2024: 8 goals"), run);
        Assert.Contains("1.3 Kompetensförsörjning", run, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTool_InstallsFromTheFeed_AndAnalysesAndReportsASeed()
    {
        var folder = FreshFolder("tool");
        var tools = Path.Combine(folder, "tools");
        Dotnet.Run(folder, "tool", "install", "MalAnalys.Cli", "--version", packed.Version, "--tool-path", tools, "--configfile", Path.Combine(folder, "nuget.config"));
        var malanalys = Path.Combine(tools, OperatingSystem.IsWindows() ? "malanalys.exe" : "malanalys");

        var analyze = Dotnet.Exec(folder, malanalys, "analyze", "seeds/ystad-overgripande-mal-2023.txt");
        output.WriteLine(analyze);
        Assert.Contains("Ystad", analyze, StringComparison.Ordinal);
        Assert.Contains("Ystads kommun är en trygg och attraktiv plats att bo, verka och vistas", analyze, StringComparison.Ordinal);

        // The report draws charts with SkiaSharp: its native library must have come with the tool.
        var report = Dotnet.Exec(folder, malanalys, "report", "seeds/ystad-overgripande-mal-2023.txt", "--out", "report");
        output.WriteLine(report);
        Assert.Contains("7 goals", File.ReadAllText(Path.Combine(folder, "report", "ystad-overgripande-mal-2023.txt.html")), StringComparison.Ordinal);
    }

    private static List<string> ManifestResources(ZipArchive archive, string dll)
    {
        using var image = new MemoryStream();
        using (var stream = archive.GetEntry(dll)!.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name))];
    }

    private static string Read(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}

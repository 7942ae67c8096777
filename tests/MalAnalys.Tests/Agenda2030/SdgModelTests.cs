using MalAnalys.Agenda2030;
using MalAnalys.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MalAnalys.Tests.Agenda2030;

/// <summary>The compact model scores exactly as the ML.NET models it was copied from, and the embedded model is what the training command makes.</summary>
public sealed class SdgModelTests(TrainedSdgModelFixture fixture) : IClassFixture<TrainedSdgModelFixture>
{
    private static IEnumerable<string> Texts() =>
        SdgTestData.Corpus().Where((_, i) => i % 7 == 0).Select(e => e.Text)
            .Concat(SdgTestData.Gold().Select(g => g.Note))
            .Concat([SdgTestData.FinanceGoal, "", "The municipality shall reduce emissions.", "Ostersunds kommun &r en 6ppen kommun"]);

    [Fact]
    public void Compact_scores_equal_MLNET_predictions_of_the_same_model()
    {
        var trained = fixture.Trained;
        var classifier = new SdgClassifier(trained.Model);
        var texts = Texts().ToList();
        var rows = texts.Select(trained.Row).ToList();
        var data = trained.Context.Data.LoadFromEnumerable(rows, trained.Schema);
        var maxDifference = 0.0;
        for (var l = 0; l < SdgCatalogue.Count; l++)
        {
            var probabilities = trained.Transformers[l].Transform(data).GetColumn<float>("Probability").ToArray();
            for (var i = 0; i < texts.Count; i++)
            {
                maxDifference = Math.Max(maxDifference, Math.Abs(probabilities[i] - classifier.Scores(texts[i])[l]));
            }
        }

        Assert.True(maxDifference < 1e-5, $"largest difference {maxDifference}");
    }

    [Fact]
    public void Recalibration_is_folded_into_the_weights_exactly()
    {
        // The shipped model is the first stage with each SDG's logit mapped to A · logit + C: nothing else changed.
        var first = new SdgClassifier(fixture.Trained.Model);
        var shipped = new SdgClassifier(fixture.Built.Model);
        var maxDifference = 0.0;
        foreach (var text in Texts())
        {
            var expected = SdgTraining.Calibrate(first.Scores(text), fixture.Built.Calibration);
            var actual = shipped.Scores(text);
            for (var l = 0; l < SdgCatalogue.Count; l++)
            {
                maxDifference = Math.Max(maxDifference, Math.Abs(expected[l] - actual[l]));
            }
        }

        Assert.True(maxDifference < 1e-4, $"largest difference {maxDifference}");
        Assert.Contains(fixture.Built.Calibration, c => Math.Abs(c.A - 1) > 0.05);
    }

    [Fact]
    public void Saved_and_loaded_model_scores_the_same()
    {
        var model = fixture.Built.Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = SdgClassifier.Load(stream);
        var original = new SdgClassifier(model);

        Assert.Equal(original.Threshold, loaded.Threshold);
        Assert.Equal(original.TopThreshold, loaded.TopThreshold);

        Assert.All(Texts(), t => Assert.Equal(original.Scores(t), loaded.Scores(t)));
    }

    [Fact]
    public void Embedded_model_is_what_the_training_command_makes_from_the_checked_in_data()
    {
        // Fails when the corpus, terms or training code changed without re-running
        // `dotnet run -c Release --project tools/MalAnalys.Training`.
        var embedded = SdgClassifier.Default;
        var fresh = new SdgClassifier(fixture.Built.Model);

        Assert.Equal(fresh.Threshold, embedded.Threshold);
        Assert.Equal(fresh.TopThreshold, embedded.TopThreshold);
        Assert.All(Texts(), t =>
        {
            var a = embedded.Scores(t);
            var b = fresh.Scores(t);
            for (var l = 0; l < a.Length; l++)
            {
                Assert.True(Math.Abs(a[l] - b[l]) < 1e-4, $"SDG {l + 1} of '{t}': embedded {a[l]}, fresh {b[l]}");
            }
        });
    }

    [Fact]
    public void Model_is_small()
    {
        using var stream = typeof(SdgClassifier).Assembly.GetManifestResourceStream(SdgClassifier.ModelResource);
        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 1, 5 * 1024 * 1024);
    }
}

using MalAnalys.Agenda2030;

namespace MalAnalys.Tests.Agenda2030;

public sealed class SdgClassifierTests
{
    private static readonly SdgClassifier Classifier = SdgClassifier.Default;

    [Theory]
    [InlineData("Utsläppen av växthusgaser inom kommunen ska minska med hälften till 2030.", 13)]
    [InlineData("Alla elever ska lämna grundskolan med godkända betyg i alla ämnen.", 4)]
    [InlineData("Andelen förnybar energi i kommunens fastigheter ska öka och solceller ska installeras.", 7)]
    [InlineData("Vattenkvaliteten i kommunens sjöar och vattendrag ska förbättras och avloppen åtgärdas.", 6)]
    [InlineData("Övergödningen av havet längs kusten ska minska och fiskbestånden återhämta sig.", 14)]
    [InlineData("Den biologiska mångfalden ska stärkas genom fler naturreservat och skydd av hotade arter.", 15)]
    [InlineData("Mäns våld mot kvinnor ska upphöra och kvinnor och män ska ha lika lön.", 5)]
    public void Clear_goals_get_their_SDG_first_with_a_high_score(string text, int sdg)
    {
        var result = Classifier.Predict(text);

        Assert.Equal(sdg, result.Predictions[0].Sdg);
        Assert.Equal(result.Predictions[0], result.Served.First());
        Assert.Equal(17, result.Predictions.Length);
        Assert.Equal(result.Predictions.Select(p => p.Score).OrderDescending(), result.Predictions.Select(p => p.Score));
        Assert.All(result.Predictions, p => Assert.InRange(p.Score, 0, 1));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Evidence_names_the_words_and_the_sentence_they_came_from()
    {
        const string text = "Kommunen ska ha god ekonomi. Utsläppen av växthusgaser ska minska kraftigt.";
        var top = Classifier.Predict(text).Predictions[0];

        Assert.Equal(13, top.Sdg);
        Assert.Contains(top.Evidence, e => e.Text == "växthusgaser");
        Assert.All(top.Evidence, e => Assert.Equal(e.Text, text.Substring(e.Start, e.Length)));
        Assert.Equal("Utsläppen av växthusgaser ska minska kraftigt.", top.Evidence.First(e => e.Text == "växthusgaser").Sentence);
        Assert.Equal(top.Evidence.Select(e => e.Weight).OrderDescending(), top.Evidence.Select(e => e.Weight));
        Assert.All(top.Evidence, e => Assert.True(e.Weight > 0));
    }

    [Theory]
    [InlineData("I Perstorp ska fler barn och unga växa upp i trygghet och jämlikhet.")]
    [InlineData("Ostersunds kommun har en hallbar tillvaxt, ett gott foretagsklimat och innovationskraft.")]
    [InlineData(SdgTestData.FinanceGoal)]
    public void Evidence_weights_are_the_score_itself(string text)
    {
        // The words' contributions plus the bias give back the logit of the score: the explanation is the computation.
        foreach (var prediction in Classifier.Predict(text).Predictions)
        {
            var (_, perToken, bias) = Classifier.Contributions(text, prediction.Sdg);
            var logit = Math.Log(prediction.Score / (1 - prediction.Score));
            Assert.Equal(logit, bias + perToken.Sum(), 3);
        }
    }

    [Fact]
    public void Removing_the_strongest_evidence_lowers_the_score()
    {
        const string text = "Kommunens fjärrvärme ska vara fossilfri och energieffektiv.";
        var top = Classifier.Predict(text).Predictions[0];
        var strongest = top.Evidence[0];

        var without = Classifier.Predict(text.Remove(strongest.Start, strongest.Length));

        Assert.True(without.ScoreOf(top.Sdg) < top.Score);
    }

    [Fact]
    public void A_finance_goal_is_not_forced_onto_an_SDG()
    {
        var result = Classifier.Predict(SdgTestData.FinanceGoal);

        Assert.True(result.Predictions[0].Score < result.TopThreshold, $"top {result.Predictions[0]}");
        Assert.True(result.Predictions[0].Score < 0.1, $"top {result.Predictions[0]}");
        Assert.Empty(result.Served);
        Assert.Contains(result.Diagnostics, d => d.Code == "MA5003");
    }

    [Theory]
    [InlineData("", "MA5001")]
    [InlineData("   \n ", "MA5001")]
    [InlineData("2024 — 12,5 %", "MA5001")]
    [InlineData("och att det som", "MA5001")]
    [InlineData("The municipality shall have a balanced budget and all goals are followed up by the council.", "MA5002")]
    public void Empty_and_English_texts_get_low_scores_and_a_diagnostic(string text, string code)
    {
        var result = Classifier.Predict(text);

        Assert.Contains(result.Diagnostics, d => d.Code == code);
        Assert.Contains(result.Diagnostics, d => d.Code == "MA5003");
        Assert.All(result.Predictions, p => Assert.True(p.Score < result.TopThreshold, $"{p}"));
        Assert.Empty(result.Served);
    }

    [Fact]
    public void Batch_and_parallel_predictions_equal_single_ones()
    {
        var texts = SdgTestData.Corpus().Select(e => e.Text).Take(200).ToArray();
        var single = texts.Select(t => Classifier.Predict(t)).ToArray();

        var batch = Classifier.Predict(texts);
        var parallel = new SdgResult[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Classifier.Predict(texts[i]));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(single[i].Predictions.Select(p => (p.Sdg, p.Score)), batch[i].Predictions.Select(p => (p.Sdg, p.Score)));
            Assert.Equal(single[i].Predictions.Select(p => (p.Sdg, p.Score)), parallel[i].Predictions.Select(p => (p.Sdg, p.Score)));
        }
    }

    [Fact]
    public void The_first_SDG_counts_from_the_lower_top_threshold_the_others_from_the_threshold()
    {
        static SdgPrediction P(int sdg, double score) => new(sdg, score, []);
        var result = new SdgResult("x", [P(3, 0.30), P(11, 0.30), P(8, 0.10)], 0.45, []) { TopThreshold = 0.15 };
        var high = result with { Predictions = [P(3, 0.90), P(11, 0.50), P(8, 0.44)] };
        var low = result with { Predictions = [P(3, 0.14), P(11, 0.10), P(8, 0.01)] };

        Assert.Equal([3], result.Served.Select(p => p.Sdg));
        Assert.Equal([3, 11], high.Served.Select(p => p.Sdg));
        Assert.Empty(low.Served);
        Assert.True(SdgClassifier.Default.TopThreshold < SdgClassifier.Default.Threshold);
    }

    [Fact]
    public void Options_set_the_threshold_and_the_amount_of_evidence()
    {
        var classifier = new SdgClassifier(new SdgClassifierOptions { Threshold = 0.99, EvidenceFor = 1, MaxEvidence = 1 });
        var result = classifier.Predict("Kommunen ska minska utsläppen av växthusgaser och bli fossilfri.");

        Assert.Equal(0.99, result.Threshold);
        Assert.Equal(0.99, result.TopThreshold);
        Assert.Single(result.Predictions[0].Evidence);
        Assert.All(result.Predictions.Skip(1), p => Assert.Empty(p.Evidence));
        Assert.Equal(SdgClassifier.Default.Threshold, new SdgClassifier().Threshold);
    }

    [Fact]
    public void A_goal_is_classified_by_its_short_name_and_statement()
    {
        var goal = new Documents.Goal(1, "1.2", "Klimat", "Kommunen ska halvera sina utsläpp.", ["Cyklar och solceller."], null, new Documents.SourceSpan(1, 0, 1));

        Assert.Equal("Klimat. Kommunen ska halvera sina utsläpp.", SdgClassifier.TextOf(goal));
        Assert.Equal("Klimat. Kommunen ska halvera sina utsläpp. Cyklar och solceller.", SdgClassifier.TextOf(goal, includeBody: true));
        Assert.Equal(13, Classifier.Predict(goal).Predictions[0].Sdg);
    }

    [Fact]
    public void A_damaged_model_stream_throws_a_typed_exception()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);
        Assert.Throws<SdgModelException>(() => SdgClassifier.Load(stream));
    }

    [Fact]
    public void Compounds_also_give_the_stems_of_their_parts()
    {
        var compound = SdgFeaturizer.Featurize("Kompetensförsörjningen ska tryggas.", null);
        var hashes = compound.Hashes.Take(compound.Count).ToHashSet();

        Assert.Contains(SdgFeaturizer.StemFeature("kompetens"), hashes);
        Assert.Contains(SdgFeaturizer.StemFeature("försörjningen"), hashes);
        Assert.Contains(SdgFeaturizer.StemFeature("kompetensförsörjningen"), hashes);
        Assert.DoesNotContain(SdgFeaturizer.StemFeature("försörjningen"), SdgFeaturizer.Featurize("Kompetensen ska tryggas.", null).Hashes);
    }
}

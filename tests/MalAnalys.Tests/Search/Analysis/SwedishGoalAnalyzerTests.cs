using MalAnalys.Search;
using MalAnalys.Search.Analysis;
using static MalAnalys.Tests.Search.Analysis.AnalysisAssert;

namespace MalAnalys.Tests.Search.Analysis;

/// <summary>The whole chain on goal text of the seeds, as the index and the queries analyse it.</summary>
public class SwedishGoalAnalyzerTests
{
    private static readonly SwedishGoalAnalyzer Exact = new(folded: false, CompoundSplitters.Default.Exact);
    private static readonly SwedishGoalAnalyzer Folded = new(folded: true, CompoundSplitters.Default.Folded);
    private static readonly SwedishGoalAnalyzer ExactQuery = new(folded: false, null);
    private static readonly SwedishGoalAnalyzer FoldedQuery = new(folded: true, null);

    private const string Perstorp = "I Perstorp ska årligen fler invånare ha trygga och utvecklande möjligheter till egenförsörjning";

    [Fact]
    public void Stop_words_leave_gaps_and_compounds_add_their_parts_at_their_position()
    {
        // I, ska, årligen, fler, ha, och, till are stop words (Lucene's Swedish list and goal noise): their positions stay
        // empty, so a phrase cannot jump over them. The compound's parts share its position and offsets.
        AssertAnalyzesTo(
            Exact,
            Perstorp,
            ["perstorp", "invå", "trygg", "utveckl", "möjlig", "egenförsörjning", "ege", "försörjning"],
            [2, 28, 40, 51, 63, 80, 80, 80],
            [10, 36, 46, 62, 74, 95, 95, 95],
            [2, 4, 2, 2, 1, 2, 0, 0]);
    }

    [Fact]
    public void Queries_are_not_decompounded()
    {
        AssertAnalyzesTo(
            ExactQuery,
            Perstorp,
            ["perstorp", "invå", "trygg", "utveckl", "möjlig", "egenförsörjning"],
            [2, 28, 40, 51, 63, 80],
            [10, 36, 46, 62, 74, 95],
            [2, 4, 2, 2, 1, 2]);
    }

    [Fact]
    public void A_goal_of_Ystad_splits_its_compounds_and_keeps_words_written_apart()
    {
        AssertAnalyzesTo(
            Exact,
            "Ystads kommun har ett gott företagsklimat som ger förutsättningar för tillväxt och hög grad av egen försörjning",
            ["ystad", "got", "företagsklim", "företag", "klim", "ger", "förutsättning", "tillväx", "hög", "grad", "ege", "försörjning"],
            [0, 22, 27, 27, 27, 46, 50, 70, 83, 87, 95, 100],
            [6, 26, 41, 41, 41, 49, 65, 78, 86, 91, 99, 111],
            [1, 4, 1, 0, 0, 2, 1, 2, 2, 1, 2, 1]);
    }

    [Fact]
    public void Linking_s_is_taken_out_of_the_parts()
    {
        AssertAnalyzesTo(
            Exact,
            "Varje invånare med vård- och omsorgsbehov erbjuds trygg omsorg med hög kvalitet",
            ["invå", "vård", "omsorgsbehov", "omsorg", "behov", "erbjud", "trygg", "omsorg", "hög", "kvali"],
            [6, 19, 29, 29, 29, 42, 50, 56, 67, 71],
            [14, 23, 41, 41, 41, 49, 55, 62, 70, 79],
            [2, 2, 2, 0, 0, 1, 1, 1, 2, 1]);
    }

    [Fact]
    public void Parts_are_stemmed_like_words()
    {
        AssertAnalyzesTo(
            Exact,
            "Agenda 2030 och de globala hållbarhetsmålen är integrerade i målstyrningen",
            ["agend", "2030", "global", "hållbarhetsmål", "hållb", "mål", "integrerad", "målstyrning"],
            [0, 7, 19, 27, 27, 27, 47, 61],
            [6, 11, 26, 43, 43, 43, 58, 74],
            [1, 1, 3, 1, 0, 0, 2, 2]);
        AssertAnalyzesTo(Exact, "folkhälsoarbetet", ["folkhälsoarb", "folkhälso", "arb"], [0, 0, 0], [16, 16, 16], [1, 0, 0]);
        AssertAnalyzesTo(
            Exact,
            "Naturens värde för folkhälsoutvecklingen",
            ["natur", "värd", "folkhälsoutveckling", "folkhälso", "utveckling"],
            [0, 9, 19, 19, 19],
            [8, 14, 40, 40, 40],
            [1, 1, 2, 0, 0]);
    }

    [Fact]
    public void Lexicalised_compounds_stay_whole()
    {
        AssertAnalyzesTo(
            Exact,
            "Ett växande näringsliv och ett attraktivt företagsklimat",
            ["väx", "näringsliv", "attraktiv", "företagsklim", "företag", "klim"],
            [4, 12, 31, 42, 42, 42],
            [11, 22, 41, 56, 56, 56],
            [2, 1, 3, 1, 0, 0]);
    }

    [Fact]
    public void Inflections_meet_and_the_overrides_fix_what_the_stemmer_gets_wrong()
    {
        AssertAnalyzesTo(
            Exact,
            "hållbara hållbart hållbarhet barnen barns kvalitén",
            ["hållb", "hållb", "hållb", "barn", "barn", "kvalit"],
            [0, 9, 18, 29, 36, 42],
            [8, 17, 28, 35, 41, 50],
            [1, 1, 1, 1, 1, 1]);
    }

    [Fact]
    public void The_folded_chain_folds_diacritics_and_its_stop_words()
    {
        AssertAnalyzesTo(
            Folded,
            "Östersunds kommun har en hållbar tillväxt",
            ["ostersund", "hallb", "tillvax"],
            [0, 25, 33],
            [10, 32, 41],
            [1, 4, 1]);
        AssertAnalyzesTo(FoldedQuery, "Ostersund ocksa hallbar", ["ostersund", "hallb"], [0, 16], [9, 23], [1, 2]);
        AssertAnalyzesTo(Folded, "barnen kvalitén", ["barn", "kvalit"], [0, 7], [6, 15], [1, 1]);
    }

    [Fact]
    public void The_folded_chain_splits_before_folding_and_splits_text_that_lost_its_diacritics()
    {
        AssertAnalyzesTo(Folded, "Kompetensförsörjning", ["kompetensforsorjning", "komp", "forsorjning"], [0, 0, 0], [20, 20, 20], [1, 0, 0]);
        AssertAnalyzesTo(Folded, "kompetensforsorjningen", ["kompetensforsorjning", "komp", "forsorjning"], [0, 0, 0], [22, 22, 22], [1, 0, 0]);
        AssertAnalyzesTo(Exact, "kompetensforsorjningen", ["kompetensforsorjning"], [0], [22], [1]);
        AssertAnalyzesTo(FoldedQuery, "Kompetensförsörjning", ["kompetensforsorjning"], [0], [20], [1]);
    }

    [Fact]
    public void The_index_analyzer_picks_the_chain_by_field()
    {
        var index = GoalAnalyzers.CreateIndexAnalyzer();
        AssertAnalyzesTo(index, "Ledorden i hela kommunens skolutveckling", ["ledord", "hel", "skolutveckling", "skol", "utveckling"], [0, 11, 26, 26, 26], [8, 15, 40, 40, 40], [1, 2, 2, 0, 0], GoalFields.Statement);
        AssertAnalyzesTo(index, "Ledorden i hela kommunens skolutveckling", ["ledord", "hel", "skolutveckling", "skol", "utveckling"], [0, 11, 26, 26, 26], [8, 15, 40, 40, 40], [1, 2, 2, 0, 0], GoalFields.Core);
        AssertAnalyzesTo(index, "Östersunds kommun", ["ostersund"], [0], [10], [1], GoalFields.Municipality);
        AssertAnalyzesTo(index, "seeds/Ystad övergripande mål.txt", ["seeds/Ystad övergripande mål.txt"], [0], [32], [1], GoalFields.Path);
        var query = GoalAnalyzers.CreateQueryAnalyzer();
        AssertAnalyzesTo(query, "hållbarhetsmålen", ["hållbarhetsmål"], [0], [16], [1], GoalFields.Statement);
        AssertAnalyzesTo(query, "hållbarhetsmålen", ["hallbarhetsmal"], [0], [16], [1], GoalFields.Folded);
    }
}

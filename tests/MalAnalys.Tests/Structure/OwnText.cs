using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Structure;

namespace MalAnalys.Tests.Structure;

/// <summary>Parses a goal document written in a test, as a text file would be read.</summary>
internal static class OwnText
{
    public static GoalDocument Parse(string text) => GoalDocumentParser.Default.Parse(new TextDocumentReader().ReadString(text, "test.txt"));
}

namespace MalAnalys.Swedish;

/// <summary>A Swedish municipality or region, as the embedded gazetteer (<see cref="SwedishCouncils"/>) lists it.</summary>
/// <param name="Code">SCB's code: the four-digit kommunkod of a municipality ("2380"), the two-digit länskod of a region ("23").</param>
/// <param name="Kind">Municipality or region.</param>
/// <param name="Name">The short name ("Östersund", "Västra Götaland").</param>
/// <param name="CountyCode">The länskod of the county it lies in (a region's own code).</param>
/// <param name="Genitive">The genitive of the name ("Östersunds", "Borås").</param>
/// <param name="OfficialName">The name the council uses for itself ("Östersunds kommun", "Göteborgs Stad", "Region Skåne").</param>
/// <param name="Aliases">Other names texts use for it ("Stockholms läns landsting").</param>
public sealed record Council(string Code, CouncilKind Kind, string Name, string CountyCode, string Genitive, string OfficialName, IReadOnlyList<string> Aliases);

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// A learner-results file read into rows for an artefact's form (nothing is saved). Rows with problems are still returned
/// (the unreadable value left empty) so the user can fix them in the form.
/// </summary>
public sealed record LearnerResultImportDto(IReadOnlyList<LearnerResultRow> Rows, IReadOnlyList<LearnerResultImportProblemDto> Problems);

/// <summary>One problem in a row: the row number as the spreadsheet shows it, the column's header, a stable code and its text.</summary>
public sealed record LearnerResultImportProblemDto(int Row, string? Column, string Code, string Message);

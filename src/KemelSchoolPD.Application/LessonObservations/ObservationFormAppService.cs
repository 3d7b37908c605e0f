using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.LessonObservations;

/// <summary>The school's observation sheets: the attestation sheet every school starts with, and its own.</summary>
public sealed class ObservationFormAppService(IKemelSchoolPDDbContext db)
{
    public async Task<IReadOnlyList<ObservationFormDto>> GetListAsync(CancellationToken ct = default) =>
        (await db.ObservationForms.AsNoTracking().OrderBy(f => f.BuiltInKey == null).ThenBy(f => f.Name).ToListAsync(ct)).Select(ToDto)
            .ToList();

    public async Task<ObservationFormDto> GetAsync(Guid id, CancellationToken ct = default) =>
        ToDto(await db.ObservationForms.AsNoTracking().GetAsync(id, ct));

    public async Task<ObservationFormDto> CreateAsync(SaveObservationFormDto input, CancellationToken ct = default)
    {
        Validate(input);
        var form = new ObservationForm(input.Name.Trim(), input.ScaleMin, input.ScaleMax, Criteria(input, []));
        db.ObservationForms.Add(form);
        await db.SaveChangesAsync(ct);
        return ToDto(form);
    }

    /// <summary>Criteria keep their keys, so scores already given stay attached to the same criterion.</summary>
    public async Task<ObservationFormDto> UpdateAsync(Guid id, SaveObservationFormDto input, CancellationToken ct = default)
    {
        Validate(input);
        var form = await db.ObservationForms.GetAsync(id, ct);
        db.ExpectConcurrencyStamp(form, input.ConcurrencyStamp ?? "");
        form.Update(input.Name.Trim(), input.ScaleMin, input.ScaleMax, Criteria(input, form.Criteria));
        await db.SaveChangesAsync(ct);
        return ToDto(form);
    }

    private static void Validate(SaveObservationFormDto input)
    {
        if (input.ScaleMax <= input.ScaleMin)
            throw new InputValidationException(nameof(input.ScaleMax), KemelSchoolPDErrorCodes.LessonObservations.InvalidScale);
        var keys = input.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Key)).Select(c => c.Key!.Trim()).ToList();
        if (keys.Count != keys.Distinct().Count())
            throw new InputValidationException(nameof(input.Criteria), KemelSchoolPDErrorCodes.LessonObservations.DuplicateCriterion);
    }

    private static List<ObservationCriterion> Criteria(SaveObservationFormDto input, IReadOnlyList<ObservationCriterion> existing)
    {
        var taken = input.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Key)).Select(c => c.Key!.Trim())
            .Concat(existing.Select(c => c.Key))
            .ToHashSet();
        var next = 1;
        string NewKey()
        {
            while (taken.Contains("c" + next)) next++;
            taken.Add("c" + next);
            return "c" + next;
        }
        return input.Criteria.Select(c => new ObservationCriterion(
            string.IsNullOrWhiteSpace(c.Key) ? NewKey() : c.Key.Trim(), c.TextKk.Trim(), c.TextRu.Trim())).ToList();
    }

    internal static ObservationFormDto ToDto(ObservationForm f)
    {
        var kazakh = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "kk";
        return new ObservationFormDto(f.Id, f.Name, f.ScaleMin, f.ScaleMax, f.BuiltInKey is not null,
            f.Criteria.Select(c => new ObservationCriterionDto(c.Key, c.TextKk, c.TextRu, kazakh ? c.TextKk : c.TextRu)).ToList(), f
                .ConcurrencyStamp);
    }
}

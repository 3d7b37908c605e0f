using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The public check of a certificate the platform issued, without sign-in: found only by its random token (never a database
/// id), it shows the issuer, the teacher's name, the programme, hours, the date and validity, and nothing else; an unknown
/// token and an expired certificate say so.
/// </summary>
public sealed class CertificateVerificationService(IKemelSchoolPDDbContext db, IDataFilter dataFilter, TimeProvider clock)
{
    public async Task<CertificateVerificationDto> VerifyAsync(string token, CancellationToken ct = default)
    {
        var unknown = new CertificateVerificationDto(CertificateValidity.Unknown, null, null, null, null, null, null);
        if (string.IsNullOrWhiteSpace(token) || token.Length != CourseConsts.TokenLength) return unknown;
        using var _ = dataFilter.Disable<Entities.IMultiTenant>();
        var row = await (
            from r in db.CourseRecords.AsNoTracking()
            where r.CertificateToken == token && r.IssuedDocument == CourseDocumentKind.Certificate
            join s in db.StaffMembers on r.StaffMemberId equals s.Id
            join p in db.CourseProgrammes on r.ProgrammeId equals p.Id
            join school in db.Schools on r.TenantId equals school.Id
            select new
            {
                School = school.Name, Teacher = s.FullName, p.Title, p.Provider, r.Hours, r.CertificateDate, r
                .CertificateValidUntil
            }).FirstOrDefaultAsync(ct);
        if (row is null) return unknown;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var validity = row.CertificateValidUntil is { } until && until >= today ? CertificateValidity.Valid : CertificateValidity.Expired;
        return new CertificateVerificationDto(
            validity,
            row.School,
            row.Teacher,
            row.Title,
            row.Hours,
            row.CertificateDate,
            row.CertificateValidUntil);
    }

    /// <summary>The QR code (SVG) of the certificate's public page.</summary>
    public static string QrSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}

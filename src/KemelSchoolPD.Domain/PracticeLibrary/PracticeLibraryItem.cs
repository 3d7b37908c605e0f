using KemelSchoolPD.Entities;
using KemelSchoolPD.LessonStudy;

namespace KemelSchoolPD.PracticeLibrary;

/// <summary>
/// An item of the school's library of practice: what a Lesson Study (or, later, an Action Research project) learned, published
/// with the consent of every author. It holds the context, the research question, the method, the conclusions and the changes in
/// practice, and never anything about a pupil: no case pupils, and the pupils' pseudonyms are taken out of every text
/// (<see cref="PracticeLibraryContent.WithoutNames"/>). Every staff member of the school reads the school's items; an item shared
/// with all schools is read by every school of the platform (the host-level catalogue). Another module publishes its own
/// <see cref="PracticeSourceKind"/>; one item per source, republished in place.
/// </summary>
public sealed class PracticeLibraryItem : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public PracticeSourceKind SourceKind { get; private set; }
    public Guid SourceId { get; private set; }
    public string Title { get; private set; } = null!;
    public string? Subject { get; private set; }
    public int? Grade { get; private set; }
    public int AcademicYear { get; private set; }
    public string Context { get; private set; } = null!;
    public string ResearchQuestion { get; private set; } = null!;
    public string Method { get; private set; } = null!;
    public string Conclusions { get; private set; } = null!;
    public string ChangesInPractice { get; private set; } = null!;
    /// <summary>The authors' names as published (staff members, who consented).</summary>
    public string Authors { get; private set; } = null!;
    public DateTime PublishedAt { get; private set; }
    /// <summary>The staff member who (last) published the item (null before publishers were recorded); see <see cref="MayUnpublish(Guid?,
    /// bool, Guid)"/>.</summary>
    public Guid? PublishedByStaffMemberId { get; private set; }
    public bool SharedWithAllSchools { get; private set; }
    public string SearchText { get; private set; } = "";

    private PracticeLibraryItem() { }

    public PracticeLibraryItem(Guid id, PracticeSourceKind kind, Guid sourceId) : base(id)
    {
        SourceKind = Check.Defined(kind, nameof(SourceKind));
        SourceId = sourceId;
    }

    /// <summary>(Re)publishes the content; the names given (the pupils' pseudonyms) are taken out of every text first.</summary>
    public PracticeLibraryItem Publish(
        PracticeLibraryContent content,
        IEnumerable<string> pupilNames,
        bool shareWithAllSchools,
        Guid? byStaffId,
        DateTime at)
    {
        PublishedByStaffMemberId = byStaffId;
        var clean = content.WithoutNames(pupilNames);
        Title = Check.NotNullOrWhiteSpace(clean.Title, nameof(Title), LessonStudyConsts.MaxThemeLength);
        Subject = Check.NullIfEmpty(clean.Subject, nameof(Subject), LessonStudyConsts.MaxSubjectLength);
        Grade = clean.Grade;
        AcademicYear = clean.AcademicYear;
        Context = Text(clean.Context, nameof(Context));
        ResearchQuestion = Text(clean.ResearchQuestion, nameof(ResearchQuestion));
        Method = Text(clean.Method, nameof(Method));
        Conclusions = Text(clean.Conclusions, nameof(Conclusions));
        ChangesInPractice = Text(clean.ChangesInPractice, nameof(ChangesInPractice));
        Authors = Text(clean.Authors, nameof(Authors));
        SharedWithAllSchools = shareWithAllSchools;
        PublishedAt = at;
        SearchText = KemelSchoolPD.SearchText.Of(Title, Subject, ResearchQuestion, Context);
        return this;
    }

    /// <summary>The item stays in its school's library but leaves the shared catalogue (an author withdrew the consent to share).</summary>
    public PracticeLibraryItem StopSharing()
    {
        SharedWithAllSchools = false;
        return this;
    }

    /// <summary>
    /// Whether a staff member may take the item back out of the library: whoever keeps the school's library
    /// (<c>PracticeLibrary.Manage</c>, the director by default), the source's lead (a Lesson Study group's facilitator, an action
    /// research project's owner) or the one who published it. It is asked only of a source loaded through its own read rule, both by
    /// the source's unpublish and by the library's rows, so a publisher who has left the group neither sees the button nor may (404).
    /// The source module names its own error code.
    /// </summary>
    public void EnsureMayUnpublish(Guid? staffId, bool keepsLibrary, Guid sourceLeadId, string forbiddenCode)
    {
        if (!MayUnpublish(staffId, keepsLibrary, sourceLeadId)) throw new Exceptions.ForbiddenException(forbiddenCode);
    }

    /// <summary>The rule of <see cref="EnsureMayUnpublish"/> as a question (the library page shows its button by it).</summary>
    public bool MayUnpublish(Guid? staffId, bool keepsLibrary, Guid sourceLeadId) =>
        MayUnpublish(PublishedByStaffMemberId, staffId, keepsLibrary, sourceLeadId);

    /// <summary>
    /// The rule itself, for a publisher who may be unknown: an item published before publishers were recorded, or a source published
    /// without an item, is taken out by the library's keeper or the source's lead.
    /// </summary>
    public static bool MayUnpublish(Guid? publishedBy, Guid? staffId, bool keepsLibrary, Guid sourceLeadId) =>
        keepsLibrary || (staffId is { } me && (me == sourceLeadId || me == publishedBy));

    private static string Text(string? value, string field) => Check.Length(value ?? "", field, LessonStudyConsts.MaxLibraryTextLength)!;
}

/// <summary>What a source publishes to the library.</summary>
public sealed record PracticeLibraryContent(
    string Title, string? Subject, int? Grade, int AcademicYear, string Context, string ResearchQuestion, string Method, string Conclusions,
    string ChangesInPractice, string Authors)
{
    public const string Placeholder = "…";

    /// <summary>The same content with every given name (a pupil's pseudonym or initials) replaced by "…", wherever it appears.</summary>
    public PracticeLibraryContent WithoutNames(IEnumerable<string> names)
    {
        var list = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().OrderByDescending(n => n.Length)
            .ToList();
        // Whole words only: "А.Б." goes, the letters of other words stay.
        string Strip(string value) => list.Aggregate(value, (text, name) =>
            System.Text.RegularExpressions.Regex.Replace(
                text,
                $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(name)}(?![\p{{L}}\p{{N}}])",
                Placeholder));
        return this with
        {
            Title = Strip(Title),
            Context = Strip(Context),
            ResearchQuestion = Strip(ResearchQuestion),
            Method = Strip(Method),
            Conclusions = Strip(Conclusions),
            ChangesInPractice = Strip(ChangesInPractice),
        };
    }
}

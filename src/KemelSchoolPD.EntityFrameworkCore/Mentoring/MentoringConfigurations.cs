using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Mentoring;

public sealed class MentoringPairConfiguration : IEntityTypeConfiguration<MentoringPair>
{
    public void Configure(EntityTypeBuilder<MentoringPair> b)
    {
        b.ToTable("MentoringPairs");
        b.Property(x => x.EndReason).HasMaxLength(MentoringConsts.MaxReasonLength);
        b.Ignore(x => x.IsActive);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.MentorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.MenteeStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        // A mentee has at most one active pair of each kind (active: not ended).
        b.HasIndex(x => new { x.TenantId, x.MenteeStaffMemberId, x.Kind }).HasDatabaseName("IX_MentoringPairs_OneActive")
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.Mentoring.ActivePairExists, "\"EndedOn\" IS NULL");
        b.HasIndex(x => new { x.TenantId, x.MentorStaffMemberId, x.EndedOn });
        b.HasIndex(x => new { x.TenantId, x.MenteeStaffMemberId, x.EndedOn });
    }
}

public sealed class MentoringSettingsConfiguration : IEntityTypeConfiguration<MentoringSettings>
{
    public void Configure(EntityTypeBuilder<MentoringSettings> b)
    {
        b.ToTable("MentoringSettings");
        b.Property(x => x.TimeZone).HasMaxLength(MentoringConsts.MaxTimeZoneLength).IsRequired()
            .HasDefaultValue(MentoringConsts.DefaultTimeZone);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.TenantId).IsUniqueWithCode(Exceptions.CommonErrorCodes.ConcurrencyConflict);
    }
}

public sealed class MentoringMeetingConfiguration : IEntityTypeConfiguration<MentoringMeeting>
{
    public void Configure(EntityTypeBuilder<MentoringMeeting> b)
    {
        b.ToTable("MentoringMeetings");
        b.Property(x => x.Topic).HasMaxLength(MentoringConsts.MaxAgendaTextLength);
        b.Property(x => x.Place).HasMaxLength(MentoringConsts.MaxPlaceLength);
        b.Property(x => x.OnlineLink).HasMaxLength(MentoringConsts.MaxOnlineLinkLength);
        b.Property(x => x.CancelReason).HasMaxLength(MentoringConsts.MaxReasonLength);
        b.Property(x => x.FeedbackComment).HasMaxLength(MentoringConsts.MaxFeedbackCommentLength);
        // The agenda is the meeting's own list, one JSON document.
        b.Property(x => x.Agenda).HasConversion<string>(
                a => GrowthArtefactJson.Serialize(a),
                s => GrowthArtefactJson.DeserializeOr<IReadOnlyList<MentoringAgendaItem>>(s, new List<MentoringAgendaItem>()),
                new ValueComparer<IReadOnlyList<MentoringAgendaItem>>(
                    (l, r) => GrowthArtefactJson.Serialize(l) == GrowthArtefactJson.Serialize(r),
                    a => GrowthArtefactJson.Serialize(a).GetHashCode(),
                    a => a.ToList()))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentoringPair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.PairId, x.StartsAt });
        b.HasIndex(x => new { x.TenantId, x.MentorStaffMemberId, x.StartsAt });
        b.HasIndex(x => new { x.TenantId, x.MenteeStaffMemberId, x.StartsAt });
    }
}

public sealed class MentoringSharedNoteConfiguration : IEntityTypeConfiguration<MentoringSharedNote>
{
    public void Configure(EntityTypeBuilder<MentoringSharedNote> b)
    {
        b.ToTable("MentoringSharedNotes");
        b.Property(x => x.Text).HasMaxLength(MentoringConsts.MaxNoteLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentoringMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // One shared note per meeting: two first saves at once, one of them is told the note changed meanwhile.
        b.HasIndex(x => new { x.TenantId, x.MeetingId }).IsUniqueWithCode(KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
    }
}

public sealed class MentoringPrivateNoteConfiguration : IEntityTypeConfiguration<MentoringPrivateNote>
{
    public void Configure(EntityTypeBuilder<MentoringPrivateNote> b)
    {
        b.ToTable("MentoringPrivateNotes");
        b.Property(x => x.Text).HasMaxLength(MentoringConsts.MaxNoteLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentoringMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.AuthorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        // One private note per author and meeting.
        b.HasIndex(x => new { x.TenantId, x.MeetingId, x.AuthorStaffMemberId })
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
    }
}

public sealed class MentoringNextStepConfiguration : IEntityTypeConfiguration<MentoringNextStep>
{
    public void Configure(EntityTypeBuilder<MentoringNextStep> b)
    {
        b.ToTable("MentoringNextSteps");
        b.Property(x => x.Text).HasMaxLength(MentoringConsts.MaxStepTextLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentoringMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MentoringPair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.OwnerStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.MeetingId });
        b.HasIndex(x => new { x.TenantId, x.OwnerStaffMemberId, x.DoneAt });
    }
}

public sealed class MentoringEvidenceConfiguration : IEntityTypeConfiguration<MentoringEvidence>
{
    public void Configure(EntityTypeBuilder<MentoringEvidence> b)
    {
        b.ToTable("MentoringEvidence");
        b.Property(x => x.Culture).HasMaxLength(8).IsRequired();
        b.Ignore(x => x.Period);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.MentorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        // The link goes with its artefact (and the artefact with its cycle).
        b.HasOne<GrowthCycleArtefact>().WithMany().HasForeignKey(x => x.ArtefactId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ArtefactId).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.MentorStaffMemberId });
    }
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';

import { AuditLogDto, AuditPropertyChangeDto } from '../api/models';
import { AuditLogsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { PageQuery, PagedList } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { formatDate, formatDateTime } from '../shared/format';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { DATE_FIELD } from '../core/i18n/date-adapter';

/**
 * Audited properties whose values are enum members (localized as Enum:{Type}.{Value}). Besides these, a value is tried as
 * the enum named after the record and the property (DevelopmentPlan + Status → DevelopmentPlanStatus, MentoringPair + Kind).
 */
const ENUM_PROPERTIES: Record<string, string> = {
  Category: 'QualificationCategory',
  SettlementType: 'SettlementType',
  LanguagesOfInstruction: 'LanguageOfInstruction',
  Stage: 'GrowthCycleStage',
  CurrentStage: 'GrowthCycleStage',
  ParticipantKind: 'GrowthParticipantKind',
  Purpose: 'ObservationPurpose',
  ObjectivesMatched: 'ObjectivesMatch',
  Achievement: 'IndicatorAchievement',
  Progress: 'MentorActivityProgress',
  PeriodKind: 'RouteSheetPeriodKind',
  Owner: 'MentoringStepOwner',
  Direction: 'CreativeGroupDirection',
  Origin: 'LessonStudyGroupOrigin',
  SourceKind: 'PracticeSourceKind',
  LayoutKind: 'PlanLayoutKind',
  Move: 'GrowthStageMove',
  Mark: 'RouteSheetMark',
};
/** Enum types whose name differs from record + property. */
const ENUM_BY_RECORD: Record<string, string> = {
  'LessonObservation.Status': 'ObservationStatus',
  'ActionResearchProject.Status': 'ActionResearchStatus',
  'GrowthCycleArtefact.Kind': 'GrowthArtefactKind',
  'ActionResearchDataItem.Kind': 'ActionResearchDataKind',
  'ActionResearchCycle.Stage': 'ActionResearchStage',
};

/** Entity types the school audits (the CLR type names the backend writes); their names are UI:Entity.{type}. */
const ENTITY_TYPES = [
  'StaffMember', 'MethodologicalAssociation', 'School', 'DevelopmentPlan', 'PlanTemplate', 'GrowthCycle', 'GrowthCycleArtefact',
  'GrowthStageGuidance', 'GrowthCompetence', 'RouteSheet', 'RouteSheetTemplate', 'LessonObservation', 'ObservationForm',
  'MentoringPair', 'MentoringMeeting', 'MentoringSharedNote', 'MentoringNextStep', 'MentorYearPlan', 'ReflectionCard', 'YearEndCampaign',
  'LessonStudyGroup', 'ResearchLesson', 'ResearchLessonNote', 'PracticeLibraryItem', 'ActionResearchProject', 'ActionResearchCycle',
  'ActionResearchDataItem', 'DevelopmentEvent', 'CourseRecord', 'PostCoursePlan', 'SchoolIndicatorRecord', 'DocumentTemplate', 'Attachment',
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

interface Query extends PageQuery {
  entityType: string;
  entityId: string;
  userName: string;
  from: string;
  to: string;
}

/** `/audit-logs`: who changed what and when, with the old and new value of every property. */
@Component({
  selector: 'app-audit-log-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, MatButtonModule, MatExpansionModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, TPipe, EnumTextPipe, KDatePipe, PageHeader, FormBanner, FilterBar,
  ],
  templateUrl: './audit-log-list.html',
  styleUrl: './audit-log-list.scss',
})
export class AuditLogList {
  private readonly api = inject(AuditLogsService);
  private readonly l = inject(LocalizationService);

  protected readonly list = new PagedList<Query, AuditLogDto>(
    (p, paging) => ({
      ...paging, entityType: p.get('entityType') ?? '', entityId: p.get('entityId') ?? '', userName: p.get('userName') ?? '',
      from: p.get('from') ?? '', to: p.get('to') ?? '',
    }),
    {
      toParams: (q) => ({ entityType: q.entityType || null, entityId: q.entityId || null, userName: q.userName || null, from: q.from || null, to: q.to || null }),
      load: (q, paging) =>
        this.api.getAuditLogList(
          {
            ...paging, entityType: q.entityType || undefined, entityId: q.entityId || undefined, userName: q.userName || undefined,
            from: q.from || undefined, to: q.to || undefined,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly entityTypes = computed(() =>
    [...new Set([...ENTITY_TYPES, this.list.query().entityType].filter(Boolean))]
      .map((type) => ({ type, text: this.entityText(type) }))
      .sort((a, b) => a.text.localeCompare(b.text, this.l.culture())),
  );
  protected readonly filters = inject(FormBuilder).nonNullable.group({
    entityType: this.list.query().entityType,
    userName: this.list.query().userName,
    from: this.list.query().from,
    to: this.list.query().to,
  });
  protected readonly filterValues = toSignal(this.filters.valueChanges, { initialValue: this.filters.getRawValue() });
  protected readonly activeFilterCount = computed(() => countSet(this.filterValues()));

  constructor() {
    this.list.follow(this.filters, (v, q) => ({
      ...q, entityType: v.entityType ?? '', userName: (v.userName ?? '').trim(), from: v.from ?? '', to: v.to ?? '',
      entityId: v.entityType === q.entityType ? q.entityId : '',
    }));
    this.list.start();
  }

  protected clearFilters(): void {
    this.filters.setValue({ entityType: '', userName: '', from: '', to: '' });
  }

  protected entityText(type: string): string {
    return this.l.tOr(`UI:Entity.${type}`, type);
  }

  /** The record's name when the change carries it (FullName / Name), so the list says which record changed. */
  protected recordName(log: AuditLogDto): string | null {
    const c = log.changes.find((x) => x.property === 'FullName' || x.property === 'Name');
    return c ? (c.newValue ?? c.oldValue ?? null) : null;
  }

  /**
   * A value as people read it: a person's name for a staff or user id (resolved by the server, which names only people),
   * "another record" for any other id, lists joined, yes/no, dates and times in the app's notation, enum values in the
   * current language, and structured content (a plan's goals, a route sheet's rows) as "content changed" with the full value on request.
   */
  protected valueText(log: AuditLogDto, change: AuditPropertyChangeDto, which: 'old' | 'new'): string {
    const value = which === 'old' ? change.oldValue : change.newValue;
    const name = which === 'old' ? change.oldValueName : change.newValueName;
    if (value === null || value === undefined || value === '') return '—';
    if (name) return name;
    if (GUID.test(value)) return this.l.t('UI:Audit.OtherRecord');
    const enumType = this.enumType(log.entityType, change.property, value);
    if (value.startsWith('[') && value.endsWith(']')) {
      try {
        const items = JSON.parse(value) as unknown[];
        if (Array.isArray(items) && items.every((i) => typeof i !== 'object' || i === null)) {
          const type = items.length ? this.enumType(log.entityType, change.property, String(items[0])) : null;
          return items.map((i) => (type ? this.l.tOr(`Enum:${type}.${String(i)}`, String(i)) : String(i))).join(', ') || '—';
        }
      } catch {
        /* not JSON: shown as it is */
      }
    }
    if (this.isStructured(value)) return this.l.t('UI:Audit.StructuredValue', value.length);
    if (value === 'True' || value === 'true') return this.l.t('UI:Yes');
    if (value === 'False' || value === 'false') return this.l.t('UI:No');
    if (enumType) return this.l.tOr(`Enum:${enumType}.${value}`, value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (ISO_MOMENT.test(value)) return formatDateTime(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
    return value;
  }

  /** Structured content (JSON objects) is summarised; its full text is shown on request. */
  protected isStructured(value: string | null | undefined): boolean {
    // The log keeps the first characters of a long value only, so the closing brace may be cut off.
    return !!value && (value.startsWith('{"') || value.startsWith('[{'));
  }

  private enumType(entityType: string, property: string, value: string): string | null {
    const candidates = [ENUM_BY_RECORD[`${entityType}.${property}`], ENUM_PROPERTIES[property], `${entityType}${property}`, property];
    return candidates.find((t) => t && this.l.has(`Enum:${t}.${value}`)) ?? null;
  }

  /** The property's name in the reader's language: the audit table's own names, the form's field names, else split words. */
  protected propertyText(property: string): string {
    const own = `UI:Audit.Field.${property}`;
    if (this.l.has(own)) return this.l.t(own);
    const field = `DisplayName:${property}`;
    if (this.l.has(field)) return this.l.t(field);
    return property.replace(/(Staff(Member)?|User)?Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  }

  /** Who made the change: their name, with the sign-in name when it differs. */
  protected authorText(log: AuditLogDto): string {
    if (!log.userName) return this.l.t('UI:Audit.System');
    return log.userFullName && log.userFullName !== log.userName ? `${log.userFullName} (${log.userName})` : log.userName;
  }

  protected clearEntity(): void {
    this.list.apply({ ...this.list.query(), entityId: '', page: 0 });
  }
}

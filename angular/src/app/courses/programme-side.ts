import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { AssessmentSchemeInput, CourseProgrammeDto, CourseProgrammeInput } from '../api/models';
import { CourseCatalogueService, CourseProgrammesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';

/**
 * Which catalogue a programme form writes to, from the route's data (`side`): a school's own entries (`/courses/programmes`,
 * Courses.Manage) or the platform operator's shared catalogue (`/host/course-programmes`, CourseCatalogue.Manage).
 */
export type ProgrammeSide = 'school' | 'host';

/** The pages around a form on each side: the breadcrumb's list and where a saved programme is shown. */
export interface ProgrammeSidePages {
  /** The breadcrumb: [label key, link] from the side's home to its catalogue. */
  crumbs: [string, string][];
  /** The programme's page after saving, or the catalogue found by its title on the host side (which has no programme page). */
  shown(p: { id: string; title: string }): { commands: unknown[]; queryParams?: Record<string, string> };
}

export function programmeSidePages(side: ProgrammeSide): ProgrammeSidePages {
  return side === 'host'
    ? {
        crumbs: [['Menu:CourseCatalogue', '/host/course-programmes']],
        shown: (p) => ({ commands: ['/host/course-programmes'], queryParams: { q: p.title } }),
      }
    : {
        crumbs: [['Menu:Courses', '/courses'], ['UI:Courses.ProgrammesTitle', '/courses/programmes']],
        shown: (p) => ({ commands: ['/courses/programmes', p.id] }),
      };
}

/** The same four calls on either side's endpoints. */
@Injectable({ providedIn: 'root' })
export class ProgrammeSideApi {
  private readonly school = inject(CourseProgrammesService);
  private readonly host = inject(CourseCatalogueService);

  get(side: ProgrammeSide, id: string): Observable<CourseProgrammeDto> {
    return side === 'host' ? this.host.getHostCourseProgramme({ id }, handlesErrors()) : this.school.getCourseProgramme({ id }, handlesErrors());
  }

  create(side: ProgrammeSide, body: CourseProgrammeInput): Observable<CourseProgrammeDto> {
    return side === 'host' ? this.host.createHostCourseProgramme({ body }, handlesErrors()) : this.school.createSchoolCourseProgramme({ body }, handlesErrors());
  }

  update(side: ProgrammeSide, id: string, body: CourseProgrammeInput): Observable<CourseProgrammeDto> {
    return side === 'host'
      ? this.host.updateHostCourseProgramme({ id, body }, handlesErrors())
      : this.school.updateSchoolCourseProgramme({ id, body }, handlesErrors());
  }

  addScheme(side: ProgrammeSide, id: string, body: AssessmentSchemeInput): Observable<CourseProgrammeDto> {
    return side === 'host'
      ? this.host.addHostCourseProgrammeScheme({ id, body }, handlesErrors())
      : this.school.addSchoolCourseProgrammeScheme({ id, body }, handlesErrors());
  }
}

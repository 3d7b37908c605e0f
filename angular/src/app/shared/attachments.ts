import { HttpClient, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, filter, map } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import { AttachmentDto } from '../api/models';
import { AttachmentsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';

/** One step of an upload: how far it is (0–100), then the stored file. */
export type UploadStep = { percent: number; file?: undefined } | { percent: 100; file: AttachmentDto };

/**
 * Files of any module's records (`/api/app/attachments`): the record is named by its type (`DevelopmentPlan`, ...) and id;
 * the server tells the type by content, checks the size and the school's quota, and lets only the record's readers download.
 */
@Injectable({ providedIn: 'root' })
export class AttachmentClient {
  private readonly http = inject(HttpClient);
  private readonly api = inject(AttachmentsService);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;

  /** The record's files, oldest first. */
  list(ownerType: string, ownerId: string): Observable<AttachmentDto[]> {
    return this.api.getAttachments({ ownerType, ownerId }, handlesErrors());
  }

  /**
   * Sends one file as multipart/form-data with its record, reporting progress. (The generated client's body has no room for
   * the owner fields, so the form is built here; the path comes from the generated client.)
   */
  upload(ownerType: string, ownerId: string, file: File): Observable<UploadStep> {
    const body = new FormData();
    body.append('ownerType', ownerType);
    body.append('ownerId', ownerId);
    body.append('file', file, file.name);
    return this.http
      .post<AttachmentDto>(`${this.rootUrl}${AttachmentsService.UploadAttachmentPath}`, body, {
        reportProgress: true,
        observe: 'events',
        context: handlesErrors(),
      })
      .pipe(
        map((e): UploadStep | null => {
          if (e.type === HttpEventType.UploadProgress) return { percent: e.total ? Math.min(99, Math.round((100 * e.loaded) / e.total)) : 0 };
          if (e.type === HttpEventType.Response && e.body) return { percent: 100, file: e.body };
          return null;
        }),
        filter((s): s is UploadStep => s !== null),
      );
  }

  remove(id: string): Observable<void> {
    return this.api.deleteAttachment({ id }, handlesErrors());
  }

  /** A plain link: the session cookie authorises it and the server answers with the file as a download. */
  downloadUrl(id: string): string {
    return `${this.rootUrl}${AttachmentsService.DownloadAttachmentPath.replace('{id}', encodeURIComponent(id))}`;
  }
}

/** The kind of file people know ("PDF", "Word"...) from the type the server found; '' when it is not one of those. */
export function fileKind(contentType: string | null | undefined): string {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  switch (type) {
    case 'application/pdf':
      return 'PDF';
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return 'Word';
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return 'Excel';
    case 'application/vnd.openxmlformats-officedocument.presentationml.presentation':
      return 'PowerPoint';
    case 'image/jpeg':
      return 'JPEG';
    case 'image/png':
      return 'PNG';
    default:
      return '';
  }
}

/** The icon for a file type. */
export function fileIcon(contentType: string | null | undefined): string {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'picture_as_pdf';
  if (type.includes('spreadsheet')) return 'table_chart';
  if (type.includes('presentation')) return 'slideshow';
  return 'description';
}

/** 1536 → { key: 'UI:Files.SizeKb', value: '1,5' } in the culture's number format. */
export function fileSize(bytes: number | string, culture: string): { key: string; value: string } {
  const n = Number(bytes) || 0;
  const format = (v: number) => new Intl.NumberFormat(culture, { maximumFractionDigits: 1 }).format(v);
  if (n < 1024) return { key: 'UI:Files.SizeB', value: format(n) };
  if (n < 1024 * 1024) return { key: 'UI:Files.SizeKb', value: format(n / 1024) };
  return { key: 'UI:Files.SizeMb', value: format(n / (1024 * 1024)) };
}

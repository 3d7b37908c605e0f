import { Pipe, PipeTransform } from '@angular/core';

import { formatDate, formatDateTime } from './format';

@Pipe({ name: 'kDate' })
export class KDatePipe implements PipeTransform {
  transform(value: string | null | undefined, withTime = false): string {
    return withTime ? formatDateTime(value) : formatDate(value);
  }
}

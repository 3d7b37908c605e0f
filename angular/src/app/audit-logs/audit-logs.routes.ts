import { Routes } from '@angular/router';
export const AUDIT_LOG_ROUTES: Routes = [];

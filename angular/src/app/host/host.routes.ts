import { Routes } from '@angular/router';
export const HOST_ROUTES: Routes = [];

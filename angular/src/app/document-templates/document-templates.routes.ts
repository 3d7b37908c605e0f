import { Routes } from '@angular/router';

export const DOCUMENT_TEMPLATE_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./template-list').then((m) => m.TemplateList), title: 'Menu:DocumentTemplates' },
  { path: ':name/:culture', loadComponent: () => import('./template-edit').then((m) => m.TemplateEdit), title: 'Menu:DocumentTemplates' },
];

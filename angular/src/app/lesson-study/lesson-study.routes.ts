import { Routes } from '@angular/router';

export const LESSON_STUDY_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./group-list').then((m) => m.GroupList), title: 'Menu:LessonStudy' },
  { path: 'library', loadComponent: () => import('./library-page').then((m) => m.LibraryPage), title: 'UI:LessonStudy.LibraryTitle' },
  { path: 'groups/new', loadComponent: () => import('./group-form').then((m) => m.GroupForm), title: 'UI:LessonStudy.NewGroup' },
  { path: 'groups/:id/edit', loadComponent: () => import('./group-form').then((m) => m.GroupForm), title: 'UI:LessonStudy.EditGroup' },
  { path: 'groups/:id/lessons/new', loadComponent: () => import('./lesson-plan').then((m) => m.LessonPlanPage), title: 'UI:LessonStudy.PlanLesson' },
  { path: 'groups/:id', loadComponent: () => import('./group-page').then((m) => m.GroupPage), title: 'UI:LessonStudy.Group' },
  { path: 'lessons/:id/observe', loadComponent: () => import('./observe-page').then((m) => m.ObservePage), title: 'UI:LessonStudy.Observe' },
  { path: 'lessons/:id/interviews', loadComponent: () => import('./interviews-page').then((m) => m.InterviewsPage), title: 'UI:LessonStudy.Interviews' },
  { path: 'lessons/:id/discussion', loadComponent: () => import('./discussion-page').then((m) => m.DiscussionPage), title: 'UI:LessonStudy.Discussion' },
  { path: 'lessons/:id', loadComponent: () => import('./lesson-plan').then((m) => m.LessonPlanPage), title: 'UI:LessonStudy.Lesson' },
];

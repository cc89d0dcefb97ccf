import type { RouteObject } from 'react-router';
import { AssessmentsPage } from '../features/assessments/AssessmentsPage';
import { CourseDetailPage } from '../features/courses/CourseDetailPage';
import { CoursesPage } from '../features/courses/CoursesPage';
import { DocumentsPage } from '../features/certificates/DocumentsPage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { GlossariesPage } from '../features/glossaries/GlossariesPage';
import { GlossaryTermPage } from '../features/glossaries/GlossaryTermPage';
import { GlossaryThemePage } from '../features/glossaries/GlossaryThemePage';
import { ExchangeImportPage } from '../features/exchange/ExchangeImportPage';
import { ReceivedPackagePage } from '../features/exchange/ReceivedPackagePage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ParticipantDetailPage } from '../features/participants/ParticipantDetailPage';
import { ParticipantsPage } from '../features/participants/ParticipantsPage';
import { PlacementPage } from '../features/practice/PlacementPage';
import { PracticeSiteDetailPage } from '../features/practice/PracticeSiteDetailPage';
import { PracticeSitesPage } from '../features/practice/PracticeSitesPage';
import { PrivacyPage } from '../features/privacy/PrivacyPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffDetailPage } from '../features/staff/StaffDetailPage';
import { StaffPage } from '../features/staff/StaffPage';
import { LessonEditorPage } from '../features/lessons/LessonEditorPage';
import { EvidencePage } from '../features/materials/EvidencePage';
import { MaterialDetailPage } from '../features/materials/MaterialDetailPage';
import { MaterialsPage } from '../features/materials/MaterialsPage';
import { ThemeDetailPage } from '../features/themes/ThemeDetailPage';
import { ThemesPage } from '../features/themes/ThemesPage';
import { WeekPlannerPage } from '../features/week/WeekPlannerPage';
import { PlansForMePage } from '../features/translations/PlansForMePage';
import { TranslationsPage } from '../features/translations/TranslationsPage';
import { VerifyDocumentPage } from '../features/credentials/VerifyDocumentPage';
import { AppShell } from './AppShell';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'week', element: <WeekPlannerPage /> },
      { path: 'week/lessons/:id', element: <LessonEditorPage /> },
      { path: 'week/themes', element: <ThemesPage /> },
      { path: 'week/themes/:id', element: <ThemeDetailPage /> },
      { path: 'goals', element: <GoalsPage /> },
      { path: 'classes', element: <CoursesPage /> },
      { path: 'classes/:id', element: <CourseDetailPage /> },
      { path: 'participants', element: <ParticipantsPage /> },
      { path: 'participants/:id', element: <ParticipantDetailPage /> },
      { path: 'participants/:id/evidence', element: <EvidencePage /> },
      { path: 'staff', element: <StaffPage /> },
      { path: 'staff/:id', element: <StaffDetailPage /> },
      { path: 'practice', element: <PracticeSitesPage /> },
      { path: 'practice/:id', element: <PracticeSiteDetailPage /> },
      { path: 'practice/placements/:id', element: <PlacementPage /> },
      { path: 'materials', element: <MaterialsPage /> },
      { path: 'materials/:id', element: <MaterialDetailPage /> },
      { path: 'glossaries', element: <GlossariesPage /> },
      { path: 'glossaries/themes/:id', element: <GlossaryThemePage /> },
      { path: 'glossaries/terms/:id', element: <GlossaryTermPage /> },
      { path: 'glossaries/package', element: <ExchangeImportPage /> },
      { path: 'glossaries/packages/:id', element: <ReceivedPackagePage /> },
      { path: 'translations', element: <TranslationsPage /> },
      { path: 'plans', element: <PlansForMePage /> },
      { path: 'assessment', element: <AssessmentsPage /> },
      { path: 'documents', element: <DocumentsPage /> },
      { path: 'verify', element: <VerifyDocumentPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <OverviewPage /> },
    ],
  },
];

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertQueueView } from '../alerts/AlertQueueView.tsx';
import { FindingsView } from '../alerts/FindingsView.tsx';
import { AuditView } from '../audit/AuditView.tsx';
import { ConsignmentListView } from '../consignment/ConsignmentListView.tsx';
import { ConsignmentView } from '../consignment/ConsignmentView.tsx';
import { Loading } from '../components/States.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { Header } from './Header.tsx';
import { LoginView } from './LoginView.tsx';
import { ChangePasswordView } from './ChangePasswordView.tsx';
import { onlyAdministers, resolveHome, useRoute, type Route } from './router.ts';
import { ReleaseBar } from '../sharing/ReleaseBar.tsx';

// The map and the graph pull in MapLibre and sigma; load them only when a view needs them.
const MapView = lazy(() => import('../map/MapView.tsx').then((m) => ({ default: m.MapView })));
const EntityView = lazy(() => import('../entity/EntityView.tsx').then((m) => ({ default: m.EntityView })));
const DashboardView = lazy(() =>
  import('../dashboard/DashboardView.tsx').then((m) => ({ default: m.DashboardView })),
);
const AdminView = lazy(() => import('../admin/AdminView.tsx').then((m) => ({ default: m.AdminView })));
const IntakeView = lazy(() => import('../intake/IntakeView.tsx').then((m) => ({ default: m.IntakeView })));
const RegistryView = lazy(() =>
  import('../registry/RegistryView.tsx').then((m) => ({ default: m.RegistryView })),
);
const PermitView = lazy(() => import('../registry/PermitView.tsx').then((m) => ({ default: m.PermitView })));
const ReportsView = lazy(() =>
  import('../reports/ReportsView.tsx').then((m) => ({ default: m.ReportsView })),
);
const ReportView = lazy(() => import('../reports/ReportView.tsx').then((m) => ({ default: m.ReportView })));
const IncidentListView = lazy(() =>
  import('../evidence/IncidentListView.tsx').then((m) => ({ default: m.IncidentListView })),
);
const IncidentView = lazy(() =>
  import('../evidence/IncidentView.tsx').then((m) => ({ default: m.IncidentView })),
);
const IncidentForm = lazy(() =>
  import('../evidence/IncidentForm.tsx').then((m) => ({ default: m.IncidentForm })),
);
const FieldReportListView = lazy(() =>
  import('../evidence/FieldReportListView.tsx').then((m) => ({ default: m.FieldReportListView })),
);
const FieldReportView = lazy(() =>
  import('../evidence/FieldReportView.tsx').then((m) => ({ default: m.FieldReportView })),
);
const FieldReportForm = lazy(() =>
  import('../evidence/FieldReportForm.tsx').then((m) => ({ default: m.FieldReportForm })),
);
const LeadBoardView = lazy(() =>
  import('../leads/LeadBoardView.tsx').then((m) => ({ default: m.LeadBoardView })),
);
const LeadView = lazy(() => import('../leads/LeadView.tsx').then((m) => ({ default: m.LeadView })));
const CaseListView = lazy(() =>
  import('../cases/CaseListView.tsx').then((m) => ({ default: m.CaseListView })),
);
const NotificationListView = lazy(() =>
  import('../notifications/NotificationListView.tsx').then((m) => ({ default: m.NotificationListView })),
);
const CaseView = lazy(() => import('../cases/CaseView.tsx').then((m) => ({ default: m.CaseView })));
const OperationBoardView = lazy(() =>
  import('../operations/OperationBoardView.tsx').then((m) => ({ default: m.OperationBoardView })),
);
const OperationView = lazy(() =>
  import('../operations/OperationView.tsx').then((m) => ({ default: m.OperationView })),
);
const SharedView = lazy(() => import('../sharing/SharedView.tsx').then((m) => ({ default: m.SharedView })));
const ReportForm = lazy(() => import('../reports/ReportForm.tsx').then((m) => ({ default: m.ReportForm })));

function View({ route }: { route: Exclude<Route, { view: 'home' }> }) {
  switch (route.view) {
    case 'admin':
      return <AdminView section={route.section} />;
    case 'dashboard':
      return <DashboardView search={route.query} />;
    case 'alerts':
      return <AlertQueueView search={route.query} />;
    case 'findings':
      return <FindingsView search={route.query} />;
    case 'consignments':
      return <ConsignmentListView search={route.query} />;
    case 'consignment':
      return <ConsignmentView key={route.billOfLading} billOfLading={route.billOfLading} />;
    case 'map':
      return <MapView search={route.query} />;
    case 'entity':
      return <EntityView key={route.entityId} entityId={route.entityId} />;
    case 'audit':
      return <AuditView search={route.query} />;
    case 'intake':
      return <IntakeView />;
    case 'registry':
      return <RegistryView search={route.query} />;
    case 'permit':
      return <PermitView key={route.permitId} permitId={route.permitId} />;
    case 'reports':
      return <ReportsView search={route.query} />;
    case 'report':
      return <ReportView key={route.reportId} reportId={route.reportId} />;
    case 'reportNew':
      return <ReportForm />;
    case 'incidents':
      return <IncidentListView search={route.query} />;
    case 'incident':
      return <IncidentView key={route.incidentId} incidentId={route.incidentId} />;
    case 'incidentNew':
      return <IncidentForm />;
    case 'fieldReports':
      return <FieldReportListView search={route.query} />;
    case 'fieldReport':
      return <FieldReportView key={route.reportId} reportId={route.reportId} />;
    case 'fieldReportNew':
      return <FieldReportForm />;
    case 'leads':
      return <LeadBoardView search={route.query} />;
    case 'lead':
      return <LeadView key={route.leadId} leadId={route.leadId} search={route.query} />;
    case 'cases':
      return <CaseListView search={route.query} />;
    case 'case':
      return <CaseView key={route.caseId} caseId={route.caseId} />;
    case 'operations':
      return <OperationBoardView search={route.query} />;
    case 'approvals':
      return <OperationBoardView search={route.query} queue />;
    case 'operation':
      return <OperationView key={route.operationId} operationId={route.operationId} />;
    case 'notifications':
      return <NotificationListView search={route.query} />;
    case 'shared':
      return <SharedView />;
  }
}

export function App() {
  const { state } = useSession();
  const { t } = useTranslation();
  const route = useRoute();
  if (state.status === 'loading') return <Loading label={t('states.starting')} />;
  if (state.status === 'anonymous') return <LoginView expired={state.expired} />;
  // After an administrator's reset the server allows nothing but the change: ask for it before anything else.
  if (state.me.mustChangePassword) return <ChangePasswordView />;
  const shown = resolveHome(route, state.me.roles);
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault(); // the hash is the router's: move focus instead of navigating
          document.getElementById('main')?.focus();
        }}
      >
        {t('shell.skip')}
      </a>
      <Header route={shown} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <View route={shown} />
        </Suspense>
      </main>
      {!onlyAdministers(state.me.roles) && <ReleaseBar />}
    </div>
  );
}

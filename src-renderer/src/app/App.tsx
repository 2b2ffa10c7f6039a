import { useChannel } from '../api/channelQueries';
import { FirstRun } from '../firstRun/FirstRun';
import { PatientList } from '../patients/PatientList';
import { PatientPage } from '../patients/PatientPage';
import { PatientForm } from '../intake/PatientForm';
import { PlanEditor } from '../intake/PlanEditor';
import { DatasetScreen } from '../dataset/DatasetScreen';
import { SetupScreen } from '../setup/SetupScreen';
import { ClaimsScreen } from '../claims/ClaimsScreen';
import { RevenueScreen } from '../revenue/RevenueScreen';
import { RemittancesScreen } from '../remittance/RemittancesScreen';
import { WorkQueueScreen } from '../remittance/WorkQueueScreen';
import { AuditScreen } from '../audit/AuditScreen';
import { ErrorPanel } from '../ui/ErrorPanel';
import { hrefFor, useRoute } from './route';

export function App() {
  const status = useChannel('app.status', {});
  const route = useRoute();

  if (status.isPending) return <div className="splash">Opening the pharmacy…</div>;
  if (status.isError) return <ErrorPanel title="Dripline cannot read its database" error={status.error} />;
  if (status.data.isEmpty) return <FirstRun databasePath={status.data.databasePath} />;

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Dripline
        </div>
        <NavItem route={route} to="patients" label="Patients" />
        <NavItem route={route} to="claims" label="Claims" />
        <NavItem route={route} to="remittances" label="Remittances" />
        <NavItem route={route} to="work-queue" label="Work queue" />
        <NavItem route={route} to="revenue" label="Revenue" />
        <NavItem route={route} to="setup" label="Pharmacy setup" />
        <NavItem route={route} to="dataset" label="Import and export" />
        <NavItem route={route} to="audit" label="Audit" />
      </nav>
      <div className="workspace">
        <header className="topbar">
          <span className="pharmacy-name">{status.data.pharmacyName ?? 'Pharmacy'}</span>
          <span className="topbar-meta" title={status.data.databasePath}>
            {status.data.patientCount} patients · today {status.data.today}
          </span>
        </header>
        <main className="content">
          <Screen route={route} />
        </main>
      </div>
    </div>
  );
}

function Screen({ route }: { route: ReturnType<typeof useRoute> }) {
  switch (route.screen) {
    case 'patients':
      return <PatientList />;
    case 'dataset':
      return <DatasetScreen />;
    case 'setup':
      return <SetupScreen />;
    case 'claims':
      return <ClaimsScreen />;
    case 'revenue':
      return <RevenueScreen />;
    case 'remittances':
      return <RemittancesScreen />;
    case 'work-queue':
      return <WorkQueueScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'patient-new':
      return <PatientForm />;
    case 'patient':
      return <PatientPage id={route.id} />;
    case 'patient-edit':
      return <PatientForm id={route.id} />;
    case 'plan-edit':
      return <PlanEditor patientId={route.patientId} {...(route.planId ? { planId: route.planId } : {})} />;
  }
}

const SECTIONS: Record<string, readonly string[]> = {
  patients: ['patients', 'patient', 'patient-new', 'patient-edit', 'plan-edit'],
  setup: ['setup'],
  claims: ['claims'],
  revenue: ['revenue'],
  remittances: ['remittances'],
  'work-queue': ['work-queue'],
  dataset: ['dataset'],
  audit: ['audit'],
};

function NavItem({
  route,
  to,
  label,
}: {
  route: ReturnType<typeof useRoute>;
  to: 'patients' | 'setup' | 'dataset' | 'claims' | 'revenue' | 'remittances' | 'work-queue' | 'audit';
  label: string;
}) {
  const active = SECTIONS[to]?.includes(route.screen) ?? false;
  return (
    <a className={active ? 'nav-item active' : 'nav-item'} href={hrefFor({ screen: to })} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}

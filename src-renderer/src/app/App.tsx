import { useChannel } from '../api/channelQueries';
import { FirstRun } from '../firstRun/FirstRun';
import { PatientList } from '../patients/PatientList';
import { PatientPage } from '../patients/PatientPage';
import { PatientForm } from '../intake/PatientForm';
import { PlanEditor } from '../intake/PlanEditor';
import { DatasetScreen } from '../dataset/DatasetScreen';
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
        <a className={route.screen === 'dataset' ? 'nav-item' : 'nav-item active'} href={hrefFor({ screen: 'patients' })}>
          Patients
        </a>
        <a className={route.screen === 'dataset' ? 'nav-item active' : 'nav-item'} href={hrefFor({ screen: 'dataset' })}>
          Import and export
        </a>
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

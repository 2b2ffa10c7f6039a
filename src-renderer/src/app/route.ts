import { useEffect, useState } from 'react';

// Hash routes keep the desktop (file://) and web host identical:
// #/patients, #/patients/new, #/patients/<id>, #/patients/<id>/edit, #/patients/<id>/plans/new, #/patients/<id>/plans/<planId>,
// #/remittances, #/work-queue, #/audit
export type Route =
  | { screen: 'patients' }
  | { screen: 'dataset' }
  | { screen: 'setup' }
  | { screen: 'claims' }
  | { screen: 'revenue' }
  | { screen: 'remittances' }
  | { screen: 'work-queue' }
  | { screen: 'audit' }
  | { screen: 'patient-new' }
  | { screen: 'patient'; id: string }
  | { screen: 'patient-edit'; id: string }
  | { screen: 'plan-edit'; patientId: string; planId?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'dataset') return { screen: 'dataset' };
  if (parts[0] === 'setup') return { screen: 'setup' };
  if (parts[0] === 'claims') return { screen: 'claims' };
  if (parts[0] === 'revenue') return { screen: 'revenue' };
  if (parts[0] === 'remittances') return { screen: 'remittances' };
  if (parts[0] === 'work-queue') return { screen: 'work-queue' };
  if (parts[0] === 'audit') return { screen: 'audit' };
  if (parts[0] !== 'patients' || !parts[1]) return { screen: 'patients' };
  if (parts[1] === 'new') return { screen: 'patient-new' };
  if (parts[2] === 'edit') return { screen: 'patient-edit', id: parts[1] };
  if (parts[2] === 'plans' && parts[3])
    return parts[3] === 'new'
      ? { screen: 'plan-edit', patientId: parts[1] }
      : { screen: 'plan-edit', patientId: parts[1], planId: parts[3] };
  return { screen: 'patient', id: parts[1] };
}

export function hrefFor(route: Route): string {
  const e = encodeURIComponent;
  switch (route.screen) {
    case 'patients':
      return '#/patients';
    case 'dataset':
      return '#/dataset';
    case 'setup':
      return '#/setup';
    case 'claims':
      return '#/claims';
    case 'revenue':
      return '#/revenue';
    case 'remittances':
      return '#/remittances';
    case 'work-queue':
      return '#/work-queue';
    case 'audit':
      return '#/audit';
    case 'patient-new':
      return '#/patients/new';
    case 'patient':
      return `#/patients/${e(route.id)}`;
    case 'patient-edit':
      return `#/patients/${e(route.id)}/edit`;
    case 'plan-edit':
      return `#/patients/${e(route.patientId)}/plans/${route.planId ? e(route.planId) : 'new'}`;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

import { useEffect, useState } from 'react';

// Hash routes keep the desktop (file://) and web host identical: #/patients, #/patients/<id>.
export type Route = { screen: 'patients' } | { screen: 'patient'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'patients' && parts[1]) return { screen: 'patient', id: parts[1] };
  return { screen: 'patients' };
}

export function hrefFor(route: Route): string {
  return route.screen === 'patient' ? `#/patients/${encodeURIComponent(route.id)}` : '#/patients';
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

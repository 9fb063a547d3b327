import { useCallback, useEffect, useState } from 'react';

/** The route lives in the hash (`#/cases/<id>`): a reload or the back button keeps the place. */
export interface Route {
  /** Path segments, e.g. ['cases', '0190…'] */
  parts: string[];
  navigate: (path: string) => void;
}

const read = (): string[] =>
  window.location.hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));

export function useHashRoute(defaultPath = '/cases'): Route {
  const [parts, setParts] = useState<string[]>(read);

  useEffect(() => {
    const onChange = () => setParts(read());
    window.addEventListener('hashchange', onChange);
    if (read().length === 0) {
      window.history.replaceState(window.history.state, '', `#${defaultPath}`);
      onChange();
    }
    return () => window.removeEventListener('hashchange', onChange);
  }, [defaultPath]);

  const navigate = useCallback((path: string) => {
    window.location.hash = path.startsWith('/') ? path : `/${path}`;
  }, []);

  return { parts: parts.length ? parts : defaultPath.split('/').filter(Boolean), navigate };
}

import { useState } from 'react';
import type { AuditVerificationView } from '../../../src-main/vocabulary';
import { call, type ChannelError } from '../api/channelQueries';

type Check =
  { state: 'idle' } | { state: 'checking' } | { state: 'done'; result: AuditVerificationView } | { state: 'failed'; message: string };

const entries = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'entry' : 'entries'}`;

/**
 * "Check the trail": audit.verify recomputes the hash chain in the main process (`dripline audit --verify`), so an
 * entry altered or removed with another SQLite tool shows here. Asked on demand: it reads every entry.
 */
export function useTrailCheck() {
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const run = async () => {
    setCheck({ state: 'checking' });
    try {
      setCheck({ state: 'done', result: await call('audit.verify', {}) });
    } catch (error) {
      setCheck({ state: 'failed', message: (error as ChannelError).message });
    }
  };
  return { check, run: () => void run() };
}

export function TrailCheckOutcome({ check }: { check: Check }) {
  if (check.state === 'idle') return null;
  if (check.state === 'checking')
    return (
      <p className="notice info" role="status">
        Checking the trail…
      </p>
    );
  if (check.state === 'failed')
    return (
      <div className="error-panel" role="alert">
        <h2>The trail could not be checked</h2>
        <p>{check.message}</p>
      </div>
    );
  const { result } = check;
  if (result.ok)
    return (
      <p className="notice done" role="status">
        Verified: {entries(result.entries)}, none altered or removed
        {result.unchained > 0 && ` (${entries(result.unchained)} written before the chain existed cannot be checked)`}
      </p>
    );
  return (
    <div className="error-panel" role="alert">
      <h2>The trail does not check out: {result.problems.length === 1 ? 'one problem' : `${result.problems.length} problems`}</h2>
      <ul>
        {result.problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from 'react';
import { call, type ChannelError } from '../api/channelQueries';
import { download, MIME } from '../ui/download';

/** CB-2: prints what the patient owes after the last payer's answer; says so when there is nothing to owe. */
export function StatementButton({ patientId }: { patientId: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const print = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await call('patients.statement', { patientId });
      download(file.fileName, file.content, file.encoding, MIME[file.format]);
    } catch (error) {
      setMessage((error as ChannelError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={() => void print()} disabled={busy}>
        {busy ? 'Preparing…' : 'Patient statement (PDF)'}
      </button>
      {message && (
        <p role="status" className="muted statement-message">
          {message}
        </p>
      )}
    </>
  );
}

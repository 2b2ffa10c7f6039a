import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer, callsTo, refuse } from '../../testing/fakeBridge';
import { captureDownloads, renderPage } from '../../testing/renderPage';
import { StatementButton } from './StatementButton';

describe('patient statement button (CB-2)', () => {
  it('downloads the statement the main process prints for this patient', async () => {
    const saved = captureDownloads();
    answer({
      'patients.statement': {
        fileName: 'patient-statement-2026-12-20.pdf',
        format: 'statement',
        content: 'JVBERi0=',
        encoding: 'base64',
        claims: [],
      },
    });
    const { user } = renderPage(<StatementButton patientId="castellano" />);
    await user.click(screen.getByRole('button', { name: 'Patient statement (PDF)' }));
    expect(callsTo('patients.statement')).toEqual([{ patientId: 'castellano' }]);
    expect(saved).toEqual(['patient-statement-2026-12-20.pdf']);
  });

  it('says why there is no statement when the patient owes nothing', async () => {
    const saved = captureDownloads();
    answer({ 'patients.statement': refuse('José Castellano owes nothing after the insurers’ answers posted so far.') });
    const { user } = renderPage(<StatementButton patientId="castellano" />);
    await user.click(screen.getByRole('button', { name: 'Patient statement (PDF)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('owes nothing');
    expect(saved).toEqual([]);
  });
});

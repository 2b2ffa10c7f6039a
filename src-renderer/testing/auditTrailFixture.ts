import type { AuditEntryView } from '../../src-main/vocabulary';

/** A short audit trail, oldest first as audit.list answers; the last entry's actor is the caller's to choose. */
export function auditTrailFixture(lastActor = 'sam'): AuditEntryView[] {
  return [
    { at: '2026-12-26T15:00:00.000Z', actor: 'maria', action: 'demo.open', entity: 'the whole pharmacy' },
    {
      at: '2026-12-27T16:10:00.000Z',
      actor: 'sam',
      action: 'patients.save',
      entity: 'patient lindqvist',
      before: { id: 'lindqvist', street: '1 Elm St' },
      after: { id: 'lindqvist', street: '2 Oak Ave' },
    },
    {
      at: '2026-12-28T03:30:00.000Z',
      actor: 'maria',
      action: 'claims.export',
      entity: 'claims 2026-11-01 to 2026-11-30',
      after: { claims: 3 },
    },
    { at: '2026-12-28T15:00:00.000Z', actor: lastActor, action: 'pharmacy.rename', entity: 'pharmacy profile' },
  ];
}

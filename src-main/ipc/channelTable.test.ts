import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildChannelTable, handle } from './channelTable';
import { CHANNEL_NAMES, channels, writeAffects } from './contract/channels';
import { createChannelTable } from './handlers';
import { tempRuntime } from '../testing/tempDatabase';
import { NotFoundError } from '../vocabulary';
import type { ChannelTableOptions } from './channelTable';

// A bare table for the registration checks: no services are reached.
const bare: ChannelTableOptions = {
  servicesFor: () => {
    throw new Error('no services in this test');
  },
  defaultContext: () => ({ actor: 'tester', face: 'internal', role: 'admin', today: '2026-11-24' }),
};

describe('the channel table', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('binds every channel of the contract exactly once', () => {
    expect([...runtime.table.entries.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('rejects a channel registered twice', () => {
    const entries = CHANNEL_NAMES.map((name) => handle(name, () => undefined as never));
    expect(() => buildChannelTable([...entries, handle('app.status', () => undefined as never)], bare)).toThrow(
      'IPC channel "app.status" is registered twice',
    );
  });

  it('rejects a table that leaves a channel without a handler', () => {
    const entries = CHANNEL_NAMES.filter((n) => n !== 'patients.get').map((name) => handle(name, () => undefined as never));
    expect(() => buildChannelTable(entries, bare)).toThrow(/without a handler: patients.get/);
  });

  it('declares whether each channel reads or writes', () => {
    expect(runtime.table.entries.get('demo.open')?.kind).toBe('write');
    expect(runtime.table.entries.get('patients.search')?.kind).toBe('read');
  });

  it('validates the payload in the main process and names the field', async () => {
    const result = await runtime.table.dispatch('patients.get', { id: '' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', message: 'id: A patient id is required', fields: [{ path: 'id', message: 'A patient id is required' }] },
    });
    const extra = await runtime.table.dispatch('patients.search', { query: 'x', drop: 'table' });
    expect(extra.ok).toBe(false);
  });

  it('answers an unknown channel with a typed error, not a rejection', async () => {
    await expect(runtime.table.dispatch('patients.delete', {})).resolves.toEqual({
      ok: false,
      error: { kind: 'unknown-channel', message: 'There is no channel "patients.delete".' },
    });
  });

  it('turns a service error into a typed result', async () => {
    const result = await runtime.table.dispatch('patients.get', { id: 'nobody' });
    expect(result).toEqual({ ok: false, error: { kind: 'not-found', message: 'There is no patient with id "nobody".' } });
  });

  it('reports each successful write to the audit hook, and reads not at all', async () => {
    const writes: string[] = [];
    const table = createChannelTable({
      servicesFor: () => runtime.services,
      defaultContext: runtime.context,
      onWrite: (name) => writes.push(name),
    });
    await table.dispatch('app.status', {});
    await table.dispatch('demo.open', {});
    expect(writes).toEqual(['demo.open']);
  });

  it('reads values that came from SQLite after the demo is opened', async () => {
    const opened = await runtime.table.dispatch('demo.open', {});
    expect(opened.ok).toBe(true);
    const status = await runtime.table.dispatch('app.status', {});
    expect(status).toMatchObject({ ok: true, value: { isEmpty: false, today: '2026-11-24' } });
    const list = await runtime.table.dispatch('patients.search', { query: '' });
    if (!list.ok) throw new Error(list.error.message);
    const patients = list.value as { id: string }[];
    expect(patients.length).toBeGreaterThanOrEqual(8);
    const detail = await runtime.table.dispatch('patients.get', { id: patients[0]!.id });
    expect(detail.ok).toBe(true);
  });

  it('keeps an internal error message for the page without throwing', async () => {
    const table = buildChannelTable(
      CHANNEL_NAMES.map((name) =>
        handle(name, () => {
          if (name === 'patients.get') throw new NotFoundError('gone');
          throw new Error('disk full');
        }),
      ),
      { ...bare, servicesFor: () => runtime.services },
    );
    await expect(table.dispatch('app.status', {})).resolves.toEqual({ ok: false, error: { kind: 'internal', message: 'disk full' } });
    await expect(table.dispatch('patients.get', { id: 'x' })).resolves.toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'gone' },
    });
  });
});

describe('the audit trail', () => {
  it('records each successful write with its input, and no read', async () => {
    const runtime = tempRuntime();
    try {
      await runtime.table.dispatch('app.status', {});
      await runtime.table.dispatch('demo.open', {});
      await runtime.table.dispatch('holds.add', { patientId: 'nobody', from: '2026-11-01', to: '2026-11-02', reason: 'other' });
      const rows = runtime.opened.sqlite.prepare('SELECT channel, input FROM audit_log ORDER BY key').all();
      expect(rows).toEqual([{ channel: 'demo.open', input: '{}' }]);
      const who = runtime.opened.sqlite.prepare('SELECT actor, face, at FROM audit_log').get();
      expect(who).toEqual({ actor: runtime.context().actor, face: 'internal', at: '2026-11-24T12:00:00.000Z' });
    } finally {
      runtime.cleanup();
    }
  });
});

describe('one request path', () => {
  it('writes a change and its audit row in one transaction: a write that fails leaves neither', async () => {
    const runtime = tempRuntime();
    try {
      await runtime.table.dispatch('demo.open', {});
      // A failing audit insert (the table made read-only by a trigger) must take the write with it.
      runtime.opened.sqlite.exec(`CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
      const before = runtime.opened.sqlite.prepare('SELECT count(*) AS n FROM holds').get();
      const result = await runtime.table.dispatch('holds.add', {
        patientId: 'lindqvist',
        from: '2026-11-20',
        to: '2026-11-21',
        reason: 'other',
      });
      expect(result).toMatchObject({ ok: false, error: { kind: 'internal', message: 'audit refused' } });
      expect(runtime.opened.sqlite.prepare('SELECT count(*) AS n FROM holds').get()).toEqual(before);
    } finally {
      runtime.cleanup();
    }
  });

  it('records the actor and face of the context, and serves the context’s day', async () => {
    const runtime = tempRuntime();
    try {
      const context = { actor: 'jdoe', face: 'cli' as const, role: 'admin' as const, today: '2027-01-15' };
      const status = runtime.table.dispatchSync('app.status', {}, context);
      expect(status).toMatchObject({ ok: true, value: { today: '2027-01-15' } });
      runtime.table.dispatchSync('demo.open', {}, context);
      expect(runtime.opened.sqlite.prepare('SELECT actor, face FROM audit_log').all()).toEqual([{ actor: 'jdoe', face: 'cli' }]);
    } finally {
      runtime.cleanup();
    }
  });

  it('declares what each channel reads or changes, so a write refetches only the reads it can change', () => {
    expect(writeAffects('claims.adjudicate', 'claims.list')).toBe(true);
    expect(writeAffects('claims.adjudicate', 'patients.search')).toBe(false);
    expect(writeAffects('holds.add', 'lines.preview')).toBe(true);
    expect(writeAffects('holds.add', 'payers.list')).toBe(false);
    expect(writeAffects('payers.setFee', 'claims.drafts')).toBe(true);
    expect(writeAffects('dataset.import', 'pharmacy.get')).toBe(true);
    for (const name of CHANNEL_NAMES) if (channels[name].kind === 'write') expect(channels[name].topics.length).toBeGreaterThan(0);
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels, type ChannelName } from './contract/channels';
import type { IpcResult } from './contract/result';
import type { RequestContext } from './requestContext';
import { idsaDataset, idsaInNovember, importInto } from '../testing/datasetBuilders';
import { tempRuntime } from '../testing/tempDatabase';
import { remit835 } from '../x12/testing/remitFixtures';
import { ack999 } from '../x12/testing/remitFixturesAcks';
import { answerClaim, payment } from '../remittance/testing/payerAnswers';
import type { ClaimDraftSummary, LedgerView, PatientDetail } from '../vocabulary';

// Issue "Trust", item 6 (bad input): every channel of the contract, fed arbitrary JSON and near-valid payloads
// (one field of a valid example bent), answers a typed result and never an internal error (a crash); a write it
// refuses leaves the database (every table's rows) and the files beside it exactly as they were, and a read never
// changes anything but the audit trail (bulk reads are audited). A fixed seed keeps CI reproducible.

const SEED = 20261125;
const ARBITRARY_RUNS = 40;
const NEAR_VALID_RUNS = 60;
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

// The order the channels are fuzzed in: the contract's, but claims.export after claims.exportPaper (a success of
// either bills p2's only draft, leaving none to the other), and the two whole-database writes (import, demo) last.
const ORDER: ChannelName[] = [
  ...CHANNEL_NAMES.filter((n) => n !== 'dataset.import' && n !== 'demo.open' && n !== 'claims.export'),
  'claims.export',
  'dataset.import',
  'demo.open',
];

/** The IDSA patient in November (p1) and a copy of it (p2, plan poc2, orders mero-p2 and vanc-p2). */
function twoPatientsInNovember() {
  const dataset = idsaInNovember();
  const second = structuredClone(dataset.patients[0]!);
  Object.assign(second, { id: 'p2', firstName: 'John', lastName: 'Roe', birthDate: '1961-07-30' });
  second.coverages[0]!.memberId = 'XEH987654321';
  second.plansOfCare[0]!.id = 'poc2';
  for (const o of second.plansOfCare[0]!.orders) o.id = `${o.id}-p2`;
  dataset.patients.push(second);
  return dataset;
}

const ADDRESS = { line1: '200 Oak Avenue', city: 'Springfield', state: 'IL', zip: '627040002' };
const PHARMACY = {
  name: 'Sunrise Home Infusion Pharmacy',
  npi: '1765432186',
  taxId: '371234567',
  taxonomy: '3336H0001X',
  phone: '2175550100',
};

/** A valid payload per channel, on the database beforeAll builds (p1's November claim exported and answered). */
async function validExamples(runtime: ReturnType<typeof tempRuntime>): Promise<Record<ChannelName, unknown>> {
  const call = async <T>(channel: ChannelName, input: unknown): Promise<T> => {
    const result = await runtime.table.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const drafts = (await call<{ drafts: ClaimDraftSummary[] }>('claims.drafts', NOVEMBER)).drafts;
  const file = await call<{ content: string }>('claims.export', {
    ...NOVEMBER,
    draftIds: [drafts.find((d) => d.patientId === 'p1')!.draftId],
  });
  const claim = (await call<LedgerView>('ledger.claims', {})).claims.find((c) => c.claimKey !== null)!;
  // CB-2 needs a patient share, RM-5 a denied line: line 1 leaves 30.00 coinsurance (PR-2), line 2 is denied (CO-96).
  const answer = answerClaim(claim, (line, billed) =>
    line === 1
      ? { paidCents: billed - 3000, adjustments: [{ group: 'PR', reason: '2', cents: 3000 }] }
      : line === 2
        ? { paidCents: 0, adjustments: [{ group: 'CO', reason: '96', cents: billed }] }
        : { paidCents: billed },
  );
  await call('remittances.post', { text: remit835([payment('EFT1001', [answer])]), fileName: 'era.835' });
  const secondAnswer = remit835([payment('EFT1002', [answerClaim(claim)])]);
  const groupControl = /~\s*GS\*(?:[^*~]*\*){5}([^*~]+)\*/.exec(file.content)![1]!;
  const p2 = await call<PatientDetail>('patients.get', { id: 'p2' });
  const p2Draft = drafts.find((d) => d.patientId === 'p2')!.draftId;
  const exportInput = { ...NOVEMBER, draftIds: [p2Draft] };
  return {
    'app.status': {},
    'demo.open': {},
    'patients.search': { query: 'Doe' },
    'patients.get': { id: 'p1' },
    'catalog.get': {},
    'patients.save': {
      isNew: false,
      patient: {
        ...{ id: 'p2', firstName: 'John', lastName: 'Roe', birthDate: '1961-07-30', sex: 'F', address: ADDRESS, residence: 'home' },
        coverages: [{ payer: 'bcbs', memberId: 'XEH987654321', group: 'GRP0042', rank: 'primary', from: '2026-11-01' }],
      },
    },
    'plans.get': { patientId: 'p1', planId: 'poc1' },
    'plans.save': { patientId: 'p2', plan: await call('plans.get', { patientId: 'p2', planId: 'poc2' }) },
    'schedule.preview': { text: 'weekly:MO,WE,FR', start: '2026-11-10', stop: '2026-11-20', days: 35 },
    'holds.add': { patientId: 'p2', from: '2026-11-25', to: '2026-11-26', reason: 'inpatient' },
    'visits.add': { patientId: 'p2', date: '2026-11-12', minutes: 60, order: 'mero-p2', nurse: 'R. Lee' },
    'pumpEvents.add': { patientId: 'p2', order: 'mero-p2', date: '2026-11-12', kind: 'refill' },
    'documents.add': {
      ...{ patientId: 'p2', order: 'mero-p2', kind: 'delivery-record', date: '2026-11-12', reference: 'RX-1001' },
      file: { name: 'delivery.pdf', contentBase64: Buffer.from('%PDF-1.4 delivery').toString('base64') },
    },
    'episodes.discharge': { patientId: 'p2', episode: p2.episodes[0]!.key, dischargedOn: '2026-12-01', reason: 'Therapy complete' },
    'dataset.import': { document: idsaDataset() },
    'dataset.export': {},
    'pharmacy.get': {},
    'pharmacy.save': {
      pharmacy: { ...PHARMACY, address: { line1: '100 Main Street', city: 'Springfield', state: 'IL', zip: '627010001' } },
    },
    'prescribers.save': { prescriber: { id: 'dr-patel', npi: '1543278968', firstName: 'Anita', lastName: 'Patel' } },
    'drugs.save': { drug: idsaDataset().drugs[1] },
    'drugs.loadStarterCatalog': {},
    'payers.list': {},
    'payers.save': {
      payer: { id: 'bcbs', name: 'Example Health Plan', payerId: 'EXHP01', kind: 'commercial', profile: { perDiemDays: 'dose-days' } },
    },
    'payers.fees': { payerId: 'bcbs' },
    'payers.setFee': { payerId: 'bcbs', hcpcs: 'S9502', cents: 15000, effectiveFrom: '2026-12-01' },
    'reference.hcpcs': {},
    'claims.drafts': NOVEMBER,
    'claims.export': exportInput,
    'claims.exportPaper': exportInput,
    'claims.settings': {},
    'claims.saveSettings': { settings: await call('claims.settings', {}) },
    'lines.preview': { patientId: 'p1', ...NOVEMBER },
    'lines.explain': { patientId: 'p1', date: '2026-11-10', order: 'mero', code: 'S9502' },
    'revenue.byMonth': { from: '2026-11', to: '2026-12' },
    'claims.list': { status: 'partially-paid', payerId: 'bcbs', ...NOVEMBER },
    'claims.get': { claim: claim.claimKey },
    'claims.adjudicate': {
      claim: claim.claimKey,
      status: 'paid',
      paidCents: 1000,
      adjudicatedOn: '2026-12-01',
      note: 'EOB',
      adjustmentGroup: 'CO',
      adjustmentReason: '45',
    },
    'claims.correct': { claim: claim.claimKey, payerClaimNumber: `PCN${claim.id}` },
    'claims.void': { claim: claim.claimKey, payerClaimNumber: `PCN${claim.id}` },
    'claims.file': { exportFile: 1 },
    'claims.csv': NOVEMBER,
    'claims.files': {},
    'remittances.preview': { text: secondAnswer, fileName: 'era2.835' },
    'remittances.post': { text: secondAnswer, fileName: 'era2.835' },
    'acknowledgments.read': {
      text: ack999([{ groupControlNumber: groupControl, status: 'A', transactions: [{ controlNumber: '0001', status: 'A' }] }]),
      fileName: 'ack.999',
    },
    'ledger.claims': {},
    'workQueue.list': { state: 'all', kind: 'denied', assignee: 'R. Lee' },
    'workQueue.act': { action: 'note', item: 1, note: 'Called the payer' },
    'aging.report': {},
    'audit.list': {},
    'audit.verify': {},
    'audit.recordExport': { rows: 12, filters: { channel: 'claims.export', actor: 'jdoe' } },
    'database.backup': {},
    'patients.statement': { patientId: 'p1' },
    'lines.list': { ...NOVEMBER, patientId: 'p1' },
  };
}

// Values a renderer (structured clone: NaN, -0, undefined) or a hand-made request (JSON) can put in any field.
const ODD_VALUES = [
  ...[null, undefined, true, false, 0, -0, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity],
  ...['', ' ', '\u0000', '\u0007\u001b[2J', '\r\n', '*~:^', 'A*B~C:D^E', '\u202e', '😀', '__proto__', 'null', '-1', '1e3', 'NaN'],
  ...['2026-02-30', '2026-13-01', '0000-00-00', '2026-11-10T00:00:00Z', '2026-2-3', ' 2026-11-10', '99999-01-01', '2026-11'],
  ...[[], {}, [null], { '': '' }, 'x'.repeat(100_000), '~'.repeat(70_000), 'é'.repeat(5_000), `ISA*${'9'.repeat(20_000)}~`],
];
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...ODD_VALUES),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

type Path = (string | number)[];
type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'splice'; at: number; text: string; position: number }
  | { kind: 'repeat'; at: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: oddValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      ...{ kind: fc.constant('extra' as const), at: fc.nat(), value: oddValue },
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'id', ''), fc.string({ maxLength: 8 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      ...{ kind: fc.constant('splice' as const), at: fc.nat(), position: fc.nat() },
      text: fc.oneof(
        fc.constantFrom('*', '~', ':', '^', '\u0000', '\n', '\u0085', '\t', ' ', '\ud800'),
        fc.string({ unit: 'binary', maxLength: 5 }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.constantFrom(2, 13, 200) }) },
);

/** Every node's path (the root first), so a mutation can land on any field, nested or not. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...path, k]))];
}

/** The example with one field bent; the example itself is left alone. */
function mutate(example: unknown, m: Mutation): unknown {
  const root = { payload: structuredClone(example) } as Record<string | number, unknown>;
  const paths = pathsOf(root.payload).map((p) => ['payload', ...p]);
  const path = paths[m.at % paths.length]!;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, k) => node[k] as Record<string | number, unknown>, root);
  const key = path[path.length - 1]!;
  const current = parent[key];
  if (m.kind === 'replace') parent[key] = m.value;
  else if (m.kind === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (m.kind === 'delete') delete parent[key];
  else if (m.kind === 'extra') {
    const target = current !== null && typeof current === 'object' && !Array.isArray(current) ? current : root.payload;
    // As JSON.parse makes it: an own property even for __proto__.
    if (target !== null && typeof target === 'object')
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true });
  } else if (m.kind === 'splice') {
    const text = typeof current === 'string' ? current : String(current);
    const at = m.position % (text.length + 1);
    parent[key] = text.slice(0, at) + m.text + text.slice(at);
  } else if (typeof current === 'string') parent[key] = current.repeat(m.times);
  else if (Array.isArray(current))
    parent[key] = Array.from({ length: m.times }, (_, i) => current[i % Math.max(current.length, 1)] ?? null);
  else parent[key] = Array.from({ length: m.times }, () => current);
  return root.payload;
}

/** An arbitrary JSON value, or an object of arbitrary values under the channel's own keys (so it reaches deeper checks). */
const arbitraryPayload = (example: unknown): fc.Arbitrary<unknown> => {
  const keys = example !== null && typeof example === 'object' ? Object.keys(example) : [];
  const ownKeys = keys.length > 0 ? [fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }))] : [];
  return fc.oneof(fc.jsonValue(), ...ownKeys);
};

type TestRuntime = ReturnType<typeof tempRuntime>;

/**
 * Each table's row count and a hash of all its rows. The audit trail (with its sqlite_sequence counter) is one
 * entry, so a read, which may add its own audit row (bulk reads), is compared without it.
 */
function fingerprint(runtime: TestRuntime): Record<string, string> {
  const sqlite = runtime.opened.sqlite;
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  const digest = (sql: string) => {
    const hash = createHash('sha256');
    let rows = 0;
    for (const row of sqlite.prepare(sql).raw().iterate() as IterableIterator<unknown[]>) {
      for (const value of row) hash.update(value instanceof Uint8Array ? value : `${typeof value}:${String(value)}\u0001`);
      rows++;
    }
    return `${rows} rows ${hash.digest('hex').slice(0, 16)}`;
  };
  const print = Object.fromEntries(tables.map((table) => [table, digest(`SELECT * FROM "${table}"`)]));
  print['sqlite_sequence'] = digest(`SELECT * FROM sqlite_sequence WHERE name <> 'audit_log'`);
  print['audit_log'] = `${print['audit_log']} / ${digest(`SELECT * FROM sqlite_sequence WHERE name = 'audit_log'`)}`;
  return print;
}

const withoutAudit = ({ audit_log: _audit, ...rest }: Record<string, string>) => rest;

/** Dispatches through the runtime's real table and asserts the invariants of bad input (see the top of the file). */
function checkedDispatch(runtime: TestRuntime): (name: ChannelName, payload: unknown) => Promise<void> {
  // A backup needs a face's place to go; this one leaves the checked copy where the service made it.
  const context: RequestContext = { ...runtime.context(), deliverFile: () => {} };
  // SQLite's total_changes() counts every row written on the connection (even rolled back): while it stands
  // still the database is as it was, and the full fingerprint is taken again only when it moved.
  let known: { changes: number; print: Record<string, string> } | undefined;
  const current = () => {
    const changes = runtime.opened.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
    if (known?.changes !== changes) known = { changes, print: fingerprint(runtime) };
    return known.print;
  };
  return async (name, payload) => {
    const kind = channels[name].kind;
    const before = current();
    const filesBefore = filesBeside(runtime.dir);
    let result: IpcResult<unknown>;
    try {
      result = await runtime.table.dispatch(name, payload, context);
    } catch (error) {
      throw new Error(`${name}: dispatch threw ${String(error)}`);
    }
    if (!result.ok && result.error.kind === 'internal') throw new Error(`${name}: internal error "${result.error.message}"`);
    if (!result.ok && kind === 'write') {
      expect(current(), `${name} refused (${result.error.kind}: ${result.error.message}) yet changed the database`).toEqual(before);
      expect(filesBeside(runtime.dir), `${name} refused (${result.error.kind}) yet left files`).toEqual(filesBefore);
    }
    if (kind === 'read') expect(withoutAudit(current()), `${name} read yet changed the database`).toEqual(withoutAudit(before));
  };
}

describe('every channel under bad input (issue "Trust", item 6)', () => {
  let runtime: TestRuntime;
  let examples: Record<ChannelName, unknown>;
  let dispatchChecked: ReturnType<typeof checkedDispatch>;

  beforeAll(async () => {
    runtime = tempRuntime('2026-12-02');
    importInto(runtime, twoPatientsInNovember());
    examples = await validExamples(runtime);
    dispatchChecked = checkedDispatch(runtime);
  }, 60_000);
  afterAll(() => runtime.cleanup());

  it('has a valid example for every channel, accepted by its schema', () => {
    expect([...ORDER].sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(channels[name].input.safeParse(examples[name]).error?.issues, name).toBeUndefined();
  });

  // Payloads the fuzzer found (seeds 20261125 and 7), kept as they should pass, on the state beforeAll built.
  it.each([
    ['claims.correct', 'PCN~DL00000001'],
    ['claims.void', '*PCNDL00000001'],
  ] as const)('%s refuses an X12 separator in the payer claim number (%s) as invalid input, not a crash', async (name, number) => {
    await dispatchChecked(name, { claim: 1, payerClaimNumber: number });
  });
  it('remittances.post answers an 835 holding the same payment twice (RM-1) without a crash', async () => {
    const { text } = examples['remittances.post'] as { text: string };
    await dispatchChecked('remittances.post', { text: text.repeat(2), fileName: 'twice.835' });
  });

  ORDER.forEach((name, index) => {
    it(`${name}: arbitrary JSON gets a typed answer, never an internal error, and a refusal changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryPayload(examples[name]), (payload) => dispatchChecked(name, payload)),
        { numRuns: ARBITRARY_RUNS, seed: SEED + index },
      );
    });
    it(`${name}: a valid example with one field bent gets a typed answer, and a refusal changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(mutation, (m) => dispatchChecked(name, mutate(examples[name], m))),
        { numRuns: NEAR_VALID_RUNS, seed: SEED + 1000 + index },
      );
    });
  });
});

/** The files under a folder (relative path and size), the database and its journal aside. */
function filesBeside(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesBeside(path, root);
      return entry.name.startsWith('dripline.sqlite') ? [] : [`${relative(root, path)} ${statSync(path).size}`];
    })
    .sort();
}

describe('claims.exportPaper refused on a fresh database (found by fuzzing, seed 7)', () => {
  const NOT_READY = { ...NOVEMBER, draftIds: ['not-a-draft'] };
  const TWICE = { ...NOVEMBER, draftIds: ['p2|bcbs|2026-11|1', 'p2|bcbs|2026-11|1'] };
  it.each([
    ['a draft that does not exist', NOT_READY],
    ['the same draft twice', TWICE],
  ])('stores no lines and takes no claim number for %s', async (_case, payload) => {
    const runtime = tempRuntime('2026-12-02');
    try {
      importInto(runtime, twoPatientsInNovember());
      await checkedDispatch(runtime)('claims.exportPaper', payload);
    } finally {
      runtime.cleanup();
    }
  });
});

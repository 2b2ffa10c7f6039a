import { afterEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaInNovember, importInto } from '../testing/datasetBuilders';
import type { DatasetInput } from '../dataset/datasetSchema';
import { remit835 } from '../x12/testing/remitFixtures';
import { ack999, claimAck277, type Ack999Fixture } from '../x12/testing/remitFixturesAcks';
import type { AckView, ClaimDetailView, ClaimDraftSummary, ExportedFileView, WorkItemView } from '../vocabulary';
import { answerClaim, payment } from './testing/payerAnswers';

// The payer's front door, end to end on a real database: our 837P exported, then the 999 (was the transaction set
// accepted?) and the 277CA (was each claim taken into adjudication?) read through the channel table. A rejected
// claim never entered adjudication: it goes to the work queue with its reasons in words and its lines are billed
// again on a new claim (RM-5).

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

/** The IDSA patient and a second one with the same therapy, so one 837P carries two claims. */
function twoPatientsInNovember(): DatasetInput {
  const dataset = idsaInNovember();
  const first = dataset.patients[0]!;
  const second = structuredClone(first);
  Object.assign(second, { id: 'p2', firstName: 'John', lastName: 'Roe', birthDate: '1961-07-30' });
  second.coverages[0]!.memberId = 'XEH987654321';
  const plan = second.plansOfCare[0]!;
  plan.id = 'poc2';
  for (const o of plan.orders) o.id = `${o.id}-p2`;
  dataset.patients.push(second);
  return dataset;
}

describe('reading 999 and 277CA acknowledgments of our 837P', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await runtime.table.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const count = (table: string) => (runtime.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const drafts = async () => (await call<{ drafts: ClaimDraftSummary[] }>('claims.drafts', NOVEMBER)).drafts;
  const detail = (claim: number) => call<ClaimDetailView>('claims.get', { claim });
  const acknowledge = (text: string) => call<AckView>('acknowledgments.read', { text, fileName: 'ack.x12' });

  /** Exports every ready November claim; answers the file and its claims as they went out. */
  async function exportNovember(dataset: DatasetInput) {
    runtime = tempRuntime('2026-12-02');
    importInto(runtime, dataset);
    const ready = await drafts();
    expect(ready.map((d) => d.problems)).toEqual(ready.map(() => []));
    const file = await call<ExportedFileView>('claims.export', { ...NOVEMBER, draftIds: ready.map((d) => d.draftId) });
    return { file, gs06: groupControlOf(file.content), ready };
  }
  afterEach(() => runtime.cleanup());

  /** GS06 of our file, which the 999 answers in AK102. */
  function groupControlOf(content: string): string {
    const gs = content.split(/~\s*/).find((s) => s.startsWith('GS*'));
    const gs06 = gs!.split('*')[6]!;
    const stored = runtime.opened.sqlite.prepare('SELECT group_control_number AS gc FROM export_files ORDER BY key DESC').get() as {
      gc: number;
    };
    expect(String(stored.gc)).toBe(gs06);
    return gs06;
  }

  const rejectedSet = (gs06: string, controlNumber: string): Ack999Fixture => ({
    groupControlNumber: gs06,
    status: 'R',
    transactions: [
      {
        controlNumber: '0001',
        status: 'R',
        codes: ['5'],
        errors: [
          {
            segmentId: 'NM1',
            position: 12,
            loop: '2010BA',
            code: '8',
            context: ['CLM01', controlNumber],
            elements: [{ position: 9, reference: '67', code: '7', badValue: 'XEH123456789' }],
          },
        ],
      },
    ],
  });
  const NM1_REASON = 'NM1 at position 12: 8: The segment has data element errors. (element 9: 7: Invalid code value. "XEH123456789")';

  it('a 999 accepting our group (AK102 = our GS06) marks its claims accepted', async () => {
    const { file, gs06 } = await exportNovember(idsaInNovember());
    const [sent] = file.claims;
    // The payer may zero-pad AK102: it still names our group.
    const text = ack999([
      { groupControlNumber: gs06.padStart(4, '0'), status: 'A', transactions: [{ controlNumber: '0001', status: 'A' }] },
    ]);
    const view = await acknowledge(text);
    expect(view).toEqual({
      kind: '999',
      accepted: 1,
      rejected: 0,
      claims: [{ controlNumber: sent!.controlNumber, claimKey: sent!.key, status: 'accepted', reasons: [] }],
      messages: [],
    });
    const claim = await detail(sent!.key);
    expect(claim.status).toBe('accepted');
    expect(claim.history.map((h) => h.kind)).toEqual(['exported', 'accepted']);
    expect(claim.history[1]!.note).toBe(`999 group ${gs06.padStart(4, '0')}: the file was accepted`);
    expect([count('received_files'), count('acknowledgments'), count('work_items')]).toEqual([1, 1, 0]);
  });

  it('a 999 for a group we never sent changes no claim and says so', async () => {
    const { file, gs06 } = await exportNovember(idsaInNovember());
    const other = String(Number(gs06) + 7);
    const view = await acknowledge(
      ack999([{ groupControlNumber: other, status: 'A', transactions: [{ controlNumber: '0001', status: 'A' }] }]),
    );
    expect(view).toMatchObject({ accepted: 0, rejected: 0, claims: [], messages: [`Group ${other} (HC) matches no file we sent.`] });
    expect((await detail(file.claims[0]!.key)).status).toBe('exported');
  });

  it('a 999 rejecting the transaction set rejects the claim, queues it with the reasons, and frees its lines to bill again', async () => {
    const { file, gs06 } = await exportNovember(idsaInNovember());
    const sent = file.claims[0]!;
    const before = await detail(sent.key);
    expect(await drafts()).toEqual([]);

    const view = await acknowledge(ack999([rejectedSet(gs06, sent.controlNumber)]));
    expect(view).toMatchObject({ kind: '999', accepted: 0, rejected: 1, messages: [] });
    expect(view.claims).toHaveLength(1);
    expect(view.claims[0]).toMatchObject({ controlNumber: sent.controlNumber, claimKey: sent.key, status: 'rejected' });
    // IK502 then the IK3/IK4 error (the wording of IK502 is checked on its own below).
    expect(view.claims[0]!.reasons).toHaveLength(2);
    expect(view.claims[0]!.reasons[1]).toBe(NM1_REASON);

    const claim = await detail(sent.key);
    expect(claim.status).toBe('rejected');
    expect(claim.history.map((h) => h.kind)).toEqual(['exported', 'rejected']);
    expect(claim.history[1]!.note).toContain(NM1_REASON);

    const queue = await call<WorkItemView[]>('workQueue.list', {});
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      kind: 'rejected',
      claimKey: sent.key,
      lineNumber: null,
      amountCents: sent.totalCents,
      openedOn: '2026-12-02',
      resolution: null,
    });
    expect(queue[0]!.message).toContain(NM1_REASON);

    // The same lines are back to bill, to be fixed and sent on a new claim.
    const again = await drafts();
    expect(again).toHaveLength(1);
    expect(again[0]!.problems).toEqual([]);
    expect(again[0]!.totalCents).toBe(sent.totalCents);
    const lineKey = (l: { code: string; from: string; chargeCents: number }) => `${l.code}@${l.from}=${l.chargeCents}`;
    expect(again[0]!.lines.map(lineKey)).toEqual(before.draft.lines.map(lineKey));

    // Exporting them again resolves the rejected item as resent.
    const resent = await call<ExportedFileView>('claims.export', { ...NOVEMBER, draftIds: [again[0]!.draftId] });
    expect(resent.claims).toHaveLength(1);
    expect(resent.claims[0]!.controlNumber).not.toBe(sent.controlNumber);
    expect(await call<WorkItemView[]>('workQueue.list', {})).toEqual([]);
    const all = await call<WorkItemView[]>('workQueue.list', { state: 'all' });
    expect(all.map((i) => [i.kind, i.claimKey, i.resolution, i.resolvedOn])).toEqual([['rejected', sent.key, 'resent', '2026-12-02']]);
    expect((await detail(sent.key)).history.map((h) => h.kind)).toEqual(['exported', 'rejected', 'resent']);
    expect(await drafts()).toEqual([]);
  });

  it('a 999 rejection gives IK502 (the transaction set syntax error code) in words, not as a bare code', async () => {
    const { file, gs06 } = await exportNovember(idsaInNovember());
    const view = await acknowledge(ack999([rejectedSet(gs06, file.claims[0]!.controlNumber)]));
    // IK502 5 (X12 element 618): "One or more segments in error".
    const ik502 = view.claims[0]!.reasons.filter((r) => r.startsWith('5'));
    expect(ik502).toHaveLength(1);
    expect(ik502[0]).toMatch(/^5: \S+ \S+/);
  });

  it('a 277CA rejects one claim (A7:562) and accepts the other (A2:20), keeping the payer claim number (REF*1K)', async () => {
    const { file } = await exportNovember(twoPatientsInNovember());
    expect(file.claims).toHaveLength(2);
    const [first, second] = file.claims;
    const text = claimAck277([
      {
        patients: [
          [{ controlNumber: first!.controlNumber, statuses: [{ codes: [['A7', '562', '85']] }] }],
          [
            {
              controlNumber: second!.controlNumber,
              patient: { last: 'ROE', first: 'JOHN', memberId: 'XEH987654321' },
              payerClaimNumber: 'PCN-2026-0002',
              statuses: [{ codes: [['A2', '20']] }],
            },
          ],
        ],
      },
    ]);
    const view = await acknowledge(text);
    expect(view).toMatchObject({ kind: '277ca', accepted: 1, rejected: 1 });
    expect(view.claims).toEqual([
      {
        controlNumber: first!.controlNumber,
        claimKey: first!.key,
        status: 'rejected',
        reasons: [
          "A7:562: Rejected for invalid information; correct the claim and resubmit. Concerns the entity's National Provider Identifier (NPI).",
        ],
      },
      {
        controlNumber: second!.controlNumber,
        claimKey: second!.key,
        status: 'accepted',
        reasons: ["A2:20: Accepted into the payer's adjudication system. Accepted for processing."],
      },
    ]);

    const rejected = await detail(first!.key);
    const accepted = await detail(second!.key);
    expect([rejected.status, rejected.payerClaimNumber]).toEqual(['rejected', null]);
    expect([accepted.status, accepted.payerClaimNumber]).toEqual(['accepted', 'PCN-2026-0002']);
    expect(accepted.history.map((h) => h.kind)).toEqual(['exported', 'accepted']);

    const queue = await call<WorkItemView[]>('workQueue.list', {});
    expect(queue.map((i) => [i.kind, i.claimKey, i.amountCents])).toEqual([['rejected', first!.key, first!.totalCents]]);
    expect(queue[0]!.message).toMatch(/^A7:562: Rejected for invalid information/);
    // Only the rejected claim's lines are billed again.
    const again = await drafts();
    expect(again.map((d) => [d.patientId, d.totalCents])).toEqual([[rejected.patientId, first!.totalCents]]);
  });

  it('after the 999 accepted the file, the 277CA still rejects one claim and keeps the payer claim number of the other', async () => {
    // The usual order at the front door: the 999 for the file first, then the 277CA claim by claim.
    const { file, gs06 } = await exportNovember(twoPatientsInNovember());
    const [first, second] = file.claims;
    await acknowledge(ack999([{ groupControlNumber: gs06, status: 'A', transactions: [{ controlNumber: '0001', status: 'A' }] }]));
    expect([(await detail(first!.key)).status, (await detail(second!.key)).status]).toEqual(['accepted', 'accepted']);
    const view = await acknowledge(
      claimAck277([
        {
          patients: [
            [{ controlNumber: first!.controlNumber, statuses: [{ codes: [['A7', '562', '85']] }] }],
            [{ controlNumber: second!.controlNumber, payerClaimNumber: 'PCN-2026-0002', statuses: [{ codes: [['A2', '20']] }] }],
          ],
        },
      ]),
    );
    expect(view).toMatchObject({ accepted: 1, rejected: 1 });
    expect((await detail(first!.key)).status).toBe('rejected');
    const accepted = await detail(second!.key);
    expect([accepted.status, accepted.payerClaimNumber]).toEqual(['accepted', 'PCN-2026-0002']);
  });

  it('a 277CA for a claim we never sent is unmatched and changes nothing', async () => {
    const { file } = await exportNovember(idsaInNovember());
    const sent = file.claims[0]!;
    const before = await detail(sent.key);
    const view = await acknowledge(
      claimAck277([
        { patients: [[{ controlNumber: 'DL99999999', payerClaimNumber: 'PCN-X', statuses: [{ codes: [['A7', '562', '85']] }] }]] },
      ]),
    );
    expect(view).toMatchObject({ kind: '277ca', accepted: 0, rejected: 0 });
    expect(view.claims).toEqual([
      {
        controlNumber: 'DL99999999',
        claimKey: null,
        status: 'unmatched',
        reasons: [
          "A7:562: Rejected for invalid information; correct the claim and resubmit. Concerns the entity's National Provider Identifier (NPI).",
        ],
      },
    ]);
    expect(await detail(sent.key)).toEqual(before);
    expect(count('work_items')).toBe(0);
    expect(await drafts()).toEqual([]);
  });

  it('a file that is neither a 999 nor a 277CA is refused at its text field, and nothing is written', async () => {
    const { file } = await exportNovember(idsaInNovember());
    const before = await detail(file.claims[0]!.key);
    const era = remit835([payment('EFT9001', [answerClaim((await call<{ claims: never[] }>('ledger.claims', {})).claims[0]!)])]);
    for (const text of [era, file.content, 'this is not X12 at all']) {
      const result = await runtime.table.dispatch('acknowledgments.read', { text, fileName: 'what.x12' });
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'text' }] } });
    }
    expect([count('received_files'), count('acknowledgments'), count('work_items')]).toEqual([0, 0, 0]);
    expect(await detail(file.claims[0]!.key)).toEqual(before);
  });
});

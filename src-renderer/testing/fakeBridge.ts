import type { DriplineBridge } from '../../src-main/preload/bridgeTypes';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-main/ipc/contract/channels';
import type { IpcError, IpcResult } from '../../src-main/ipc/contract/result';

// The page's one seam to the main process is `window.dripline.invoke(channel, input)` (src-renderer/src/api/bridge.ts).
// Component tests install this fake in its place (testing/setup.ts) and answer each channel from fixtures; the
// end-to-end tests run the page against the real main process.

/** A channel's answer as a failed call: the page shows it as the main process would have refused it. */
export class Refusal {
  constructor(readonly error: IpcError) {}
}
export const refuse = (message: string, kind: Exclude<IpcError['kind'], 'invalid'> = 'refused') => new Refusal({ kind, message });
export const invalid = (fields: { path: string; message: string }[], message = 'Some fields need attention') =>
  new Refusal({ kind: 'invalid', message, fields });

type Reply<N extends ChannelName> = ChannelOutput<N> | Refusal;
/** For each channel the test uses: a fixed reply, or one computed from the input (sync or async). */
export type Answers = { [N in ChannelName]?: Reply<N> | ((input: ChannelInput<N>) => Reply<N> | Promise<Reply<N>>) };

export interface Call {
  channel: ChannelName;
  input: unknown;
}

// Kept untyped inside: the typing is on the way in (answer) and out (invoke's result).
let answers: Partial<Record<ChannelName, unknown>> = {};
let calls: Call[] = [];

/** Sets how the fake main process answers (replacing earlier answers for the same channels). */
export function answer(more: Answers): void {
  answers = { ...answers, ...more };
}

/** The inputs the page sent on one channel, oldest first. */
export function callsTo<N extends ChannelName>(channel: N): ChannelInput<N>[] {
  return calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<N>);
}

export function resetBridge(): void {
  answers = {};
  calls = [];
}

export const fakeBridge: DriplineBridge = {
  shell: 'desktop',
  async invoke<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<IpcResult<ChannelOutput<N>>> {
    calls.push({ channel, input });
    const given = answers[channel];
    if (given === undefined) {
      return { ok: false, error: { kind: 'unknown-channel', message: `The test gave no answer for ${channel}` } };
    }
    const reply: unknown = typeof given === 'function' ? await (given as (input: unknown) => unknown)(input) : given;
    return reply instanceof Refusal ? { ok: false, error: reply.error } : { ok: true, value: reply as ChannelOutput<N> };
  },
};

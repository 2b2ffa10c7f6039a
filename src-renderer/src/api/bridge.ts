import type { DriplineBridge } from '../../../src-main/preload/bridgeTypes';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../src-main/ipc/contract/channels';
import type { IpcResult } from '../../../src-main/ipc/contract/result';

declare global {
  interface Window {
    dripline?: DriplineBridge;
  }
}

// In the browser (web host) the same channels are reached over loopback HTTP; the token rides in a cookie.
const webBridge: DriplineBridge = {
  shell: 'web',
  async invoke<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<IpcResult<ChannelOutput<N>>> {
    try {
      const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 401) {
        return {
          ok: false,
          error: { kind: 'refused', message: 'This page needs the address printed by Dripline when it started (with its token).' },
        };
      }
      return (await response.json()) as IpcResult<ChannelOutput<N>>;
    } catch (error) {
      return {
        ok: false,
        error: { kind: 'internal', message: `Dripline is not reachable: ${error instanceof Error ? error.message : String(error)}` },
      };
    }
  },
};

export const bridge: DriplineBridge = window.dripline ?? webBridge;

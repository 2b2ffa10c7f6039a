import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract/channels';
import type { IpcResult } from '../ipc/contract/result';

/** All the page can reach of the main process: one invoke over the contract's channels. */
export interface DriplineBridge {
  invoke<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<IpcResult<ChannelOutput<N>>>;
  /** 'desktop' under Electron's preload, 'web' from the loopback host. */
  readonly shell: 'desktop' | 'web';
}

export const IPC_PREFIX = 'dripline:';

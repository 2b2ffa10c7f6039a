import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, type ChannelName } from '../ipc/contract/channels';
import { IPC_PREFIX, type DriplineBridge } from './bridgeTypes';

// Sandboxed preload: exposes exactly the contract's channels through one invoke, nothing else of Electron.
const known = new Set<string>(CHANNEL_NAMES);

const bridge: DriplineBridge = {
  shell: 'desktop',
  invoke(channel: ChannelName, input: unknown) {
    if (!known.has(channel)) {
      return Promise.resolve({ ok: false, error: { kind: 'unknown-channel', message: `There is no channel "${channel}".` } });
    }
    return ipcRenderer.invoke(IPC_PREFIX + channel, input);
  },
} as DriplineBridge;

contextBridge.exposeInMainWorld('dripline', bridge);

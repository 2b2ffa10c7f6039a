import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { channels, writeAffects, type ChannelInput, type ChannelName, type ChannelOutput } from '../../../src-main/ipc/contract/channels';
import type { IpcError } from '../../../src-main/ipc/contract/result';
import { bridge } from './bridge';

/** A failed call, carrying the typed error so forms can show field problems where they belong. */
export class ChannelError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

export async function call<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<ChannelOutput<N>> {
  const result = await bridge.invoke(channel, input);
  if (!result.ok) throw new ChannelError(result.error);
  return result.value;
}

export function useChannel<N extends ChannelName>(
  channel: N,
  input: ChannelInput<N>,
  options: Omit<UseQueryOptions<ChannelOutput<N>, ChannelError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<N>, ChannelError>({ queryKey: [channel, input], queryFn: () => call(channel, input), ...options });
}

/** A write: on success the reads it can have changed are refetched (each channel declares its topics). */
export function useWrite<N extends ChannelName>(channel: N) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<N>, ChannelError, ChannelInput<N>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () =>
      client.invalidateQueries({
        predicate: (query) => {
          const read = query.queryKey[0];
          return typeof read === 'string' && Object.hasOwn(channels, read) && writeAffects(channel, read as ChannelName);
        },
      }),
  });
}

import type { HostApi } from '../../shared/host/contract';

/** Whether the host is reachable. The archive reads either way; only imports need the host. */
export type HostStatus = 'connecting' | 'connected' | 'disconnected';

/** The renderer's one way to the host, whichever transport carries it. */
export interface HostConnection {
  api: HostApi;
  status: () => HostStatus;
  onStatus: (listener: (status: HostStatus) => void) => () => void;
}

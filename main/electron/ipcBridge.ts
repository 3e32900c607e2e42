import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, requestNames, type HostHandlers } from '../../shared/host/contract';
import { dispatchRequest } from '../host/dispatchRequest';
import { parseRaw } from '../host/rawJson';
import { APP_ORIGIN } from './appProtocol';

/** Only the app's own pages may call the host; a frame from anywhere else is refused. */
function fromAppPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** One ipcMain handler per request in the contract, each validated at the boundary. */
export function wireIpc(handlers: HostHandlers): void {
  for (const name of requestNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!fromAppPage(event)) throw new Error('Refused: this request did not come from Newsroom Reader.');
      // IPC clones objects: raw JSON passed through by a handler is parsed here.
      return dispatchRequest(handlers, name, input).then(parseRaw);
    });
  }
}

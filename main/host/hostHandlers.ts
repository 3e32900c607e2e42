import type { Keymap } from '../../shared/commands/keymap';
import type { AppInfo, EmitEvent, HostHandlers, ImportResult } from '../../shared/host/contract';

/** The requests this module answers; sync's live in main/sync/syncHandlers.ts. */
export type ImportHandlers = Pick<HostHandlers, 'getAppInfo' | 'parseImportFiles' | 'openImportDialog' | 'openExternal'>;
import { importFile } from '../import/importFile';
import { safeExternalUrl } from './safeExternalUrl';

/** A file the person picked, already read. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** What differs between the Electron shell and the web host. */
export interface HostPlatform {
  appInfo: AppInfo;
  /** Shows the OS open dialog, for files or for a folder (its importable files, subfolders too); null when the person cancels or there is none. */
  pickFiles(options: { folder: boolean }): Promise<PickedFile[] | null>;
  /** Shows the OS dialog for a folder to watch; its path, or null when the person cancels or there is none. */
  pickFolderPath(): Promise<string | null>;
  /** Hands an already-checked http(s) URL to the OS browser; false when this host has none. */
  openInBrowser(url: string): Promise<boolean>;
  /** Shows the unread count on the dock or taskbar icon (0 clears it); false when this host has no badge. */
  setBadgeCount(count: number): boolean;
  /** Rebuilds the application menu with these keys; false when this host has no menu. */
  showMenuKeys(keymap: Keymap): boolean;
  emit: EmitEvent;
}

/** The host services, plain Node: the same for Electron and for `npm run web`. */
export function createHostHandlers(platform: HostPlatform): ImportHandlers {
  const importAll = (files: PickedFile[]): ImportResult => {
    const results = files.map((file, index) => {
      const result = importFile(file.bytes, file.name);
      platform.emit('importProgress', { done: index + 1, total: files.length, fileName: file.name });
      return result;
    });
    return { canceled: false, files: results };
  };

  return {
    getAppInfo: () => Promise.resolve(platform.appInfo),
    parseImportFiles: ({ files }) =>
      Promise.resolve(importAll(files.map((file) => ({ name: file.name, bytes: Buffer.from(file.dataBase64, 'base64') })))),
    openImportDialog: async ({ folder }) => {
      const files = await platform.pickFiles({ folder: folder ?? false });
      return files === null ? { canceled: true, files: [] } : importAll(files);
    },
    openExternal: async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (safe === null) return { opened: false };
      return { opened: await platform.openInBrowser(safe) };
    },
  };
}

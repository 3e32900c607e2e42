/**
 * The host contract's names and limits, without its schemas. The renderer
 * needs these at run time (to build its client and read pushed events);
 * importing them from contract.ts would evaluate every zod schema there, and
 * zod with them put 86 KB and about 20 ms on the reader's launch. contract.ts
 * keys its schemas by these names, and the compiler holds the two to each other.
 */

/** The name under which the preload exposes the HostApi to the renderer. */
export const PRELOAD_GLOBAL = 'newsroomHost';

/** Most pictures asked for in one pullPictures request: a few megabytes each, so a request stays a few tens. */
export const PULL_PICTURES_MAX = 16;
/** Largest file the importer accepts, in bytes (a pasted article is a few KB). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Most files one import may carry. */
export const MAX_IMPORT_FILES = 200;

export const requestNames = [
  'getAppInfo',
  'parseImportFiles',
  'openImportDialog',
  'openExternal',
  'listSources',
  'addSource',
  'updateSource',
  'watchFolder',
  'fetchPage',
  'setSourcePaused',
  'removeSource',
  'syncNow',
  'importOpml',
  'exportOpml',
  'pullOutbox',
  'ackOutbox',
  'pullPictures',
  'setBadgeCount',
  'setMenuKeys',
] as const;

export const eventNames = ['menuCommand', 'importProgress', 'sourcesChanged', 'syncProgress', 'outboxReady', 'connectivity'] as const;

export type RequestName = (typeof requestNames)[number];
export type EventName = (typeof eventNames)[number];

const requestNameSet: ReadonlySet<string> = new Set(requestNames);
const eventNameSet: ReadonlySet<string> = new Set(eventNames);

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && requestNameSet.has(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventNameSet.has(name);
}

/** The IPC channel a request or event travels on; the only place channel names are made. */
export const channelOf = (name: RequestName | EventName): string => `newsroom:${name}`;

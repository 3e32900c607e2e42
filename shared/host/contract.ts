import { z } from 'zod';
import { commandIds, type CommandId } from '../commands/commands';
import type { ArchivableArticle, NormalizedArticle, Subscription } from '../model';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES, PULL_PICTURES_MAX, type EventName, type RequestName } from './contractNames';

export * from './contractNames';

/**
 * The host contract: every request the renderer can make of the host and
 * every event the host pushes. The Electron preload, the IPC wiring, the web
 * host and the renderer's client are all derived from these two tables and
 * the names in contractNames.ts, which each table must match exactly.
 */

const emptyInput = z.object({}).strict();

const importFile = z
  .object({
    name: z.string().min(1).max(1024),
    /** The file's bytes, base64: the same on IPC and on the WebSocket. */
    dataBase64: z.string().max(Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4),
  })
  .strict();

export interface AppInfo {
  name: string;
  version: string;
  /** Which host the renderer is talking to. */
  shell: 'electron' | 'web';
  /** True when the host can show the OS file dialog (Electron). */
  nativeFileDialog: boolean;
}

/** What importing one file produced: its articles, or a message for the person. */
export type ImportFileResult =
  | { fileName: string; ok: true; articles: NormalizedArticle[]; /** What was wrong but could be read past, in words for the person. */ warnings?: string[] }
  | { fileName: string; ok: false; error: string };

export interface ImportResult {
  /** True when the person closed the file dialog without choosing. */
  canceled: boolean;
  files: ImportFileResult[];
}

/** A batch of synced articles waiting in main's outbox for the archive. */
export interface OutboxBatch {
  /** How many articles: first in the file, so main can size a pull without parsing it. */
  count: number;
  id: string;
  sourceId: string | null;
  articles: ArchivableArticle[];
}

/** An article page as fetched for the reader: the story in it, or why there is none. */
export type FetchPageResult = { ok: true; article: ArchivableArticle } | { ok: false; error: string };

/** Where a sync run has got to. */
export interface SyncProgress {
  running: boolean;
  /** Sources finished out of those in this run. */
  done: number;
  total: number;
  newCount: number;
  updatedCount: number;
}

const sourceId = z.string().min(1).max(200);
/** A registry command, by id: the menu and the renderer name commands the same way. */
const commandId = z.enum(commandIds as [CommandId, ...CommandId[]]);
const folderName = z.string().trim().max(200).nullable();

export const requestInputs = {
  /** Name, version and capabilities of the host. */
  getAppInfo: emptyInput,
  /** Parse files the renderer read (file picker, drag and drop) into normalized articles. */
  parseImportFiles: z.object({ files: z.array(importFile).min(1).max(MAX_IMPORT_FILES) }).strict(),
  /** Show the OS open dialog and parse what the person picks (Electron only). */
  openImportDialog: z.object({ folder: z.boolean().optional() }).strict(),
  /** Open an http(s) link in the OS browser. */
  openExternal: z.object({ url: z.string().max(8192) }).strict(),
  /** Every subscription with its health. */
  listSources: emptyInput,
  /** Subscribe by a feed's address or a site's (its feed is found through <link rel="alternate">). */
  addSource: z.object({ url: z.string().trim().min(1).max(4096), folder: folderName.optional(), name: z.string().trim().min(1).max(300).nullable().optional() }).strict(),
  /** Rename a source, move it to a folder, or change how often it syncs. */
  updateSource: z
    .object({
      id: sourceId,
      title: z.string().trim().min(1).max(300).optional(),
      folder: folderName.optional(),
      intervalMinutes: z.number().int().min(5).max(7 * 24 * 60).optional(),
      alwaysFetchPage: z.boolean().optional(),
    })
    .strict(),
  /** Watch a folder on this computer: by its path, or (no path, Electron) one the person picks in the OS dialog. */
  watchFolder: z.object({ path: z.string().trim().min(1).max(4096).optional(), folder: folderName.optional() }).strict(),
  /** Fetch an article's web page and extract the story, its pictures downloaded, for the reader to merge into the archived article. */
  fetchPage: z.object({ url: z.url({ protocol: /^https?$/ }).max(8192) }).strict(),
  /** Pause a source, or resume it (which also clears its failures and syncs it at once). */
  setSourcePaused: z.object({ id: sourceId, paused: z.boolean() }).strict(),
  /** Unsubscribe. Articles already archived stay. */
  removeSource: z.object({ id: sourceId }).strict(),
  /** Sync one source now, or every unpaused one. */
  syncNow: z.object({ id: sourceId.optional() }).strict(),
  /** Subscribe to every feed in an OPML file, folders included. */
  importOpml: z.object({ xml: z.string().min(1).max(10 * 1024 * 1024) }).strict(),
  /** The subscription list as OPML, folders included. */
  exportOpml: emptyInput,
  /** The oldest batches waiting in the outbox, up to about maxArticles articles; only those after batch `after` when given. */
  pullOutbox: z.object({ maxArticles: z.number().int().min(1).max(5000), after: z.string().max(200).optional() }).strict(),
  /** The renderer has written these batches to the archive: main may drop them. */
  ackOutbox: z.object({ ids: z.array(z.string().max(200)).max(1000) }).strict(),
  /** Downloaded pictures' bytes, by SHA-256, for the renderer to keep in the archive. */
  pullPictures: z.object({ sha256s: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1).max(PULL_PICTURES_MAX) }).strict(),
  /** Unread new articles, for the dock or taskbar badge (0 clears it). */
  setBadgeCount: z.object({ count: z.number().int().min(0).max(1_000_000) }).strict(),
  /**
   * The person's current key map, by command id, so the app menu shows remapped shortcuts.
   * Partial: a command left out keeps its default keys (z.record with an enum key would demand every id).
   */
  setMenuKeys: z.object({ keys: z.partialRecord(commandId, z.array(z.string().max(40)).max(4)) }).strict(),
} as const satisfies Record<RequestName, z.ZodType>;

/** What each request resolves to. */
export interface RequestOutputs {
  getAppInfo: AppInfo;
  parseImportFiles: ImportResult;
  openImportDialog: ImportResult;
  openExternal: { opened: boolean };
  listSources: Subscription[];
  addSource: Subscription;
  updateSource: Subscription;
  /** `source` is null when the person closed the folder dialog. */
  watchFolder: { source: Subscription | null };
  fetchPage: FetchPageResult;
  setSourcePaused: Subscription;
  removeSource: { removed: boolean };
  syncNow: { queued: number };
  importOpml: { added: number; skipped: number };
  exportOpml: { opml: string };
  pullOutbox: { batches: OutboxBatch[] };
  ackOutbox: { pending: number };
  /** Base64, as the transports carry text; a hash main does not have is left out. */
  pullPictures: { pictures: Array<{ sha256: string; base64: string }> };
  /** False when this host has no badge (the web host, or a desktop without one). */
  setBadgeCount: { shown: boolean };
  /** False when this host has no application menu (the web host). */
  setMenuKeys: { applied: boolean };
}

export const eventPayloads = {
  /** The person chose a menu item or accelerator: the renderer runs that registry command. */
  menuCommand: z.object({ command: commandId }).strict(),
  /** Progress through a multi-file import. */
  importProgress: z
    .object({ done: z.number().int().min(0), total: z.number().int().min(1), fileName: z.string() })
    .strict(),
  /** Subscriptions or their health changed. */
  sourcesChanged: z.custom<{ sources: Subscription[] }>(),
  /** A sync run's progress. */
  syncProgress: z.custom<SyncProgress>(),
  /** Articles are waiting in the outbox: pull them. (`pending` is 0 when the host did not count them.) */
  outboxReady: z.object({ pending: z.number().int().min(0) }).strict(),
  /** The machine's network went away or came back (loopback sources sync regardless). */
  connectivity: z.object({ online: z.boolean() }).strict(),
} as const satisfies Record<EventName, z.ZodType>;

export type RequestInput<K extends RequestName> = z.input<(typeof requestInputs)[K]>;
export type RequestOutput<K extends RequestName> = RequestOutputs[K];
export type EventPayload<E extends EventName> = z.infer<(typeof eventPayloads)[E]>;

/** The host as the renderer sees it: one function per request, and a way to listen to events. */
export type HostApi = {
  [K in RequestName]: (input: RequestInput<K>) => Promise<RequestOutput<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** The host's side: one handler per request. Inputs arrive already validated. */
export type HostHandlers = {
  [K in RequestName]: (input: z.infer<(typeof requestInputs)[K]>) => Promise<RequestOutput<K>>;
};

/** Lets a host push an event to the renderer. */
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

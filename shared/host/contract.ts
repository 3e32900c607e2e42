import { z } from 'zod';
import type { NormalizedArticle } from '../model';

/**
 * The host contract: every request the renderer can make of the host and
 * every event the host pushes. The Electron preload, the IPC wiring, the web
 * host and the renderer's client are all derived from these two tables, so a
 * channel name is written exactly once.
 */

/** Largest file the importer accepts, in bytes (a pasted article is a few KB). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Most files one import may carry. */
export const MAX_IMPORT_FILES = 200;

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
  | { fileName: string; ok: true; articles: NormalizedArticle[] }
  | { fileName: string; ok: false; error: string };

export interface ImportResult {
  /** True when the person closed the file dialog without choosing. */
  canceled: boolean;
  files: ImportFileResult[];
}

export const requestInputs = {
  /** Name, version and capabilities of the host. */
  getAppInfo: emptyInput,
  /** Parse files the renderer read (file picker, drag and drop) into normalized articles. */
  parseImportFiles: z.object({ files: z.array(importFile).min(1).max(MAX_IMPORT_FILES) }).strict(),
  /** Show the OS open dialog and parse what the person picks (Electron only). */
  openImportDialog: emptyInput,
  /** Open an http(s) link in the OS browser. */
  openExternal: z.object({ url: z.string().max(8192) }).strict(),
} as const;

/** What each request resolves to. */
export interface RequestOutputs {
  getAppInfo: AppInfo;
  parseImportFiles: ImportResult;
  openImportDialog: ImportResult;
  openExternal: { opened: boolean };
}

/** Commands the host's menu can ask the renderer to run. */
export const menuCommands = ['import.open', 'app.about'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const eventPayloads = {
  /** The person chose a menu item or accelerator that the renderer carries out. */
  menuCommand: z.object({ command: z.enum(menuCommands) }).strict(),
  /** Progress through a multi-file import. */
  importProgress: z
    .object({ done: z.number().int().min(0), total: z.number().int().min(1), fileName: z.string() })
    .strict(),
} as const;

export type RequestName = keyof typeof requestInputs;
export type EventName = keyof typeof eventPayloads;
export type RequestInput<K extends RequestName> = z.input<(typeof requestInputs)[K]>;
export type RequestOutput<K extends RequestName> = RequestOutputs[K];
export type EventPayload<E extends EventName> = z.infer<(typeof eventPayloads)[E]>;

export const requestNames = Object.keys(requestInputs) as RequestName[];
export const eventNames = Object.keys(eventPayloads) as EventName[];

/** The name under which the preload exposes the HostApi to the renderer. */
export const PRELOAD_GLOBAL = 'newsroomHost';

/** The IPC channel a request or event travels on; the only place channel names are made. */
export const channelOf = (name: RequestName | EventName): string => `newsroom:${name}`;

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requestInputs, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(eventPayloads, name);
}

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

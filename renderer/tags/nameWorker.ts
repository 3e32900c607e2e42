/// <reference lib="webworker" />
import { extractEntities } from '../../shared/entities/entityTagger';
import { ArchiveDb } from '../archive/db';
import { findNamesBatch, namesLeft } from './namePass';

/**
 * The name worker: finds people, places and organisations in synced
 * articles, off the UI thread and apart from the search worker, a batch at
 * a time. It pauses while a sync is writing (the page says so) and goes
 * on when it is told to run; after each batch it says how many are left.
 */
declare const self: DedicatedWorkerGlobalScope;

export type NameWorkerRequest = { kind: 'run' } | { kind: 'pause' };
/** After each batch: how many articles are still to do, or what went wrong. */
export type NameWorkerStatus = { left: number } | { error: string };

const archive = new ArchiveDb();
let paused = false;
let running = false;

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (!paused && (await findNamesBatch(archive, extractEntities)) > 0) self.postMessage({ left: await namesLeft(archive) } satisfies NameWorkerStatus);
    self.postMessage({ left: await namesLeft(archive) } satisfies NameWorkerStatus);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies NameWorkerStatus);
  } finally {
    running = false;
  }
}

self.onmessage = (event: MessageEvent<NameWorkerRequest>) => {
  paused = event.data.kind === 'pause';
  if (!paused) void drain();
};

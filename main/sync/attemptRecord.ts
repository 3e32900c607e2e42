import { afterFailure, afterSuccess } from './nextAttempt';
import type { SourceRecord } from './sourceStore';

/** Permanent errors in a row (404, 410, not a feed, no folder) before a source is paused. */
export const PAUSE_AFTER_PERMANENT_FAILURES = 3;

export interface SyncOutcome {
  newCount: number;
  updatedCount: number;
  /** 'network' when the failure was the network's, not the source's. */
  result: 'ok' | 'unchanged' | 'failed' | 'network';
}

export interface SyncAttempt {
  record: SourceRecord;
  outcome: SyncOutcome;
}

export interface Failure {
  /** The source itself is wrong (gone, not a feed, no such folder): enough of these in a row pause it. */
  permanent?: boolean;
  /** What the server asked for (Retry-After), in milliseconds. */
  retryAfter?: number | null;
  network?: boolean;
}

/** A failed attempt: the error recorded in words, the next try backed off, and the source paused after repeated permanent failures. */
export function failedAttempt(record: SourceRecord, next: SourceRecord, started: number, message: string, failure: Failure, backoffBaseMs: number): SyncAttempt {
  const failed: SourceRecord = {
    ...next,
    failures: record.failures + 1,
    permanentFailures: failure.permanent ? record.permanentFailures + 1 : 0,
    lastError: message,
    lastErrorAt: new Date(started).toISOString(),
  };
  if (failed.permanentFailures >= PAUSE_AFTER_PERMANENT_FAILURES) {
    failed.paused = true;
    failed.pausedReason = `Paused after ${failed.permanentFailures} failed attempts: ${message} Resume it when the ${record.kind === 'folder' ? 'folder' : 'feed'} is back.`;
    failed.nextAttemptAt = null;
  } else {
    failed.nextAttemptAt = new Date(afterFailure(started, failed.failures, failure.retryAfter ?? null, backoffBaseMs)).toISOString();
  }
  return { record: failed, outcome: { newCount: 0, updatedCount: 0, result: failure.network ? 'network' : 'failed' } };
}

/** A successful attempt: failures cleared and the next sync due after the interval (or what the source asked for, if longer). */
export function succeededAttempt(next: SourceRecord, started: number, outcome: SyncOutcome, serverMinMinutes: number | null = null): SyncAttempt {
  return {
    record: {
      ...next,
      failures: 0,
      permanentFailures: 0,
      lastError: null,
      lastErrorAt: null,
      lastSuccessAt: new Date(started).toISOString(),
      nextAttemptAt: new Date(afterSuccess(started, next.intervalMinutes, serverMinMinutes)).toISOString(),
    },
    outcome,
  };
}

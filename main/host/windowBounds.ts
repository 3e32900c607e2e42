import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../sync/atomicWrite';

/**
 * The main window's size and place, remembered between runs in the user
 * data folder. Plain Node: main/electron/windowPlacement wires it to the window.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** As saved: the window's normal (not maximized) bounds, and whether it was maximized. */
export interface WindowBounds extends Rect {
  maximized: boolean;
}

/** Where to open the window. No x and y: let the OS centre it. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const WINDOW_BOUNDS_FILE = 'window-bounds.json';

// Generous limits: they only keep a hand-edited or torn file from producing a window nobody can see.
const coordinate = z.number().int().min(-1_000_000).max(1_000_000);
const length = z.number().int().min(1).max(100_000);
const savedBounds = z.object({ x: coordinate, y: coordinate, width: length, height: length, maximized: z.boolean() });

/** The saved bounds, or null when there are none or the file is unreadable: the window then opens at its default size. */
export async function readWindowBounds(dataDir: string): Promise<WindowBounds | null> {
  try {
    const parsed = savedBounds.safeParse(JSON.parse(await readFile(join(dataDir, WINDOW_BOUNDS_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves in the background, as the person resizes or moves the window. Not flushed to disk: losing it to a power cut costs only a window position. */
export async function writeWindowBounds(dataDir: string, bounds: WindowBounds): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomic(join(dataDir, WINDOW_BOUNDS_FILE), JSON.stringify(bounds), { durable: false });
}

/** Saves before returning, for the window closing: an asynchronous write could still be pending when the app quits. */
export function writeWindowBoundsSync(dataDir: string, bounds: WindowBounds): void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, WINDOW_BOUNDS_FILE);
  writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(bounds));
  renameSync(`${path}.${process.pid}.tmp`, path);
}

/** Saves the latest bounds `delayMs` after the last change, so a drag writes once rather than at every step. */
export function boundsSaver(dataDir: string, delayMs = 500): { schedule(bounds: WindowBounds): void; saveNow(bounds: WindowBounds): void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    schedule(bounds) {
      clearTimeout(timer);
      timer = setTimeout(() => void writeWindowBounds(dataDir, bounds).catch(() => undefined), delayMs);
      // A pending save never keeps the process alive: the close saves synchronously anyway.
      timer.unref();
    },
    saveNow(bounds) {
      clearTimeout(timer);
      try {
        writeWindowBoundsSync(dataDir, bounds);
      } catch {
        // A read-only or full disk: the window opens at its default size next time.
      }
    },
  };
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

/**
 * Where to open the window, given the displays' work areas (primary first).
 * Saved bounds go on the display they overlap most, shrunk to fit and moved
 * wholly onto it; bounds on no display (a monitor since unplugged) go to the
 * middle of the primary one. With nothing saved, the default size, centred.
 */
export function placeWindow(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  if (!primary) return saved ? { ...saved } : { ...DEFAULT_WINDOW_SIZE, maximized: false };
  if (!saved) return { width: Math.min(DEFAULT_WINDOW_SIZE.width, primary.width), height: Math.min(DEFAULT_WINDOW_SIZE.height, primary.height), maximized: false };

  let area = primary;
  let best = 0;
  for (const candidate of workAreas) {
    const shared = overlap(saved, candidate);
    if (shared > best) [area, best] = [candidate, shared];
  }
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  const centred = best === 0;
  return {
    x: centred ? area.x + Math.round((area.width - width) / 2) : clamp(saved.x, area.x, area.x + area.width - width),
    y: centred ? area.y + Math.round((area.height - height) / 2) : clamp(saved.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

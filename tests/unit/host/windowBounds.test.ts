import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, WINDOW_BOUNDS_FILE, boundsSaver, placeWindow, readWindowBounds, writeWindowBounds, type Rect } from '../../../main/host/windowBounds';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
// A second monitor to the laptop's left, as macOS and Windows give negative coordinates.
const leftMonitor: Rect = { x: -1920, y: 0, width: 1920, height: 1040 };

const dataDir = (): string => mkdtempSync(join(tmpdir(), 'newsroom-bounds-'));

describe('remembered window bounds', () => {
  it('are read back as written', async () => {
    const dir = dataDir();
    await writeWindowBounds(dir, { x: 10, y: 40, width: 1000, height: 700, maximized: true });
    expect(await readWindowBounds(dir)).toEqual({ x: 10, y: 40, width: 1000, height: 700, maximized: true });
    boundsSaver(dir).saveNow({ x: 1, y: 2, width: 800, height: 600, maximized: false });
    expect(await readWindowBounds(dir)).toEqual({ x: 1, y: 2, width: 800, height: 600, maximized: false });
  });

  it('are none when the file is missing, torn or nonsense, so the window opens at its default size', async () => {
    const dir = dataDir();
    expect(await readWindowBounds(dir)).toBeNull();
    for (const text of ['{"x":10,"y":', '[]', 'null', '{"x":0,"y":0,"width":-5,"height":600,"maximized":false}', '{"x":0,"y":0,"width":800,"height":600}', '{"x":"0","y":0,"width":800,"height":600,"maximized":false}']) {
      writeFileSync(join(dir, WINDOW_BOUNDS_FILE), text);
      expect(await readWindowBounds(dir)).toBeNull();
    }
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('are saved once after a burst of changes, the last one', async () => {
    const dir = dataDir();
    const saver = boundsSaver(dir, 20);
    for (let width = 800; width <= 900; width += 10) saver.schedule({ x: 0, y: 0, width, height: 600, maximized: false });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(JSON.parse(readFileSync(join(dir, WINDOW_BOUNDS_FILE), 'utf8'))).toMatchObject({ width: 900 });
  });
});

describe('placing the window', () => {
  it('keeps bounds that are wholly on a display, on any display', () => {
    expect(placeWindow({ x: 100, y: 80, width: 1000, height: 700, maximized: false }, [laptop, leftMonitor])).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximized: false });
    expect(placeWindow({ x: -1800, y: 50, width: 1200, height: 900, maximized: true }, [laptop, leftMonitor])).toEqual({ x: -1800, y: 50, width: 1200, height: 900, maximized: true });
  });

  it('moves a window hanging off an edge back onto the display it is mostly on', () => {
    expect(placeWindow({ x: 1000, y: 500, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({ x: 440, y: 200, width: 1000, height: 700, maximized: false });
    // Above the menu bar: pulled down below it.
    expect(placeWindow({ x: 100, y: 0, width: 800, height: 600, maximized: false }, [laptop])).toMatchObject({ x: 100, y: 25 });
  });

  it('shrinks a window larger than its display to fit', () => {
    expect(placeWindow({ x: -1920, y: 0, width: 2560, height: 1440, maximized: false }, [laptop, leftMonitor])).toEqual({ x: -1920, y: 0, width: 1920, height: 1040, maximized: false });
  });

  it('brings a window from a monitor since unplugged to the middle of the primary display', () => {
    expect(placeWindow({ x: -1800, y: 50, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({ x: 220, y: 113, width: 1000, height: 700, maximized: false });
    expect(placeWindow({ x: 5000, y: 5000, width: 3000, height: 2000, maximized: true }, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: true });
  });

  it('opens at the default size, centred, on a display smaller than it', () => {
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1024, height: 740 }])).toEqual({ width: 1024, height: 740, maximized: false });
  });
});

import { screen, type BrowserWindow } from 'electron';
import { boundsSaver, placeWindow, readWindowBounds, type WindowBounds, type WindowPlacement } from '../host/windowBounds';

/** Where the main window opens: where it was last, if that is still on a display (see placeWindow). */
export async function savedPlacement(dataDir: string): Promise<WindowPlacement> {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return placeWindow(await readWindowBounds(dataDir), [primary, ...others].map((display) => display.workArea));
}

/** Remembers the window's size and place as the person changes them, and once more as it closes. */
export function rememberPlacement(window: BrowserWindow, dataDir: string): void {
  const saver = boundsSaver(dataDir);
  // The normal bounds, so a maximized or full-screen window reopens at the size it had before.
  const current = (): WindowBounds => ({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  const schedule = (): void => saver.schedule(current());
  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => saver.saveNow(current()));
}

import { deferred } from '../../ui/deferred';

// The screens and dialogs the first screen does not show, fetched after it (see deferred).
// Together with their libraries (fuzzysort, papaparse) they were about 90 KB of the launch bundle.
export const PaletteDialog = deferred(() => import('../palette/PaletteDialog').then((m) => m.PaletteDialog));
export const TagEditor = deferred(() => import('../tags/TagEditor').then((m) => m.TagEditor));
export const SettingsScreen = deferred(() => import('../settings/SettingsScreen').then((m) => m.SettingsScreen));
export const SourcesScreen = deferred(() => import('../sources/SourcesScreen').then((m) => m.SourcesScreen));
export const TagBrowserScreen = deferred(() => import('../tags/TagBrowserScreen').then((m) => m.TagBrowserScreen));
export const ShortcutSheet = deferred(() => import('../../ui/ShortcutSheet').then((m) => m.ShortcutSheet));
export const AboutDialog = deferred(() => import('../../ui/AboutDialog').then((m) => m.AboutDialog));

/** Fetches them all, the palette first: called once the list's first screen is drawn. */
export async function loadDeferredScreens(): Promise<void> {
  for (const screen of [PaletteDialog, TagEditor, SettingsScreen, SourcesScreen, TagBrowserScreen, ShortcutSheet, AboutDialog]) await screen.load();
}

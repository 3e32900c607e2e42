import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../../renderer/settings/settings';

describe('stored settings', () => {
  it('reads what was saved', () => {
    const saved = { reading: { fontSize: 20, typeface: 'sans', lineWidth: 'wide', theme: 'dark' }, layout: { ...DEFAULT_SETTINGS.layout, listWidth: 500, readingMode: true }, keys: { 'article.star': ['i'] } };
    expect(readSettings(saved)).toEqual(saved);
  });

  it('falls back section by section, so one bad value loses nothing else', () => {
    const read = readSettings({ reading: { fontSize: 400, theme: 'dark' }, layout: { listWidth: 500 }, keys: { 'article.star': ['i'] } });
    expect(read.reading).toEqual(DEFAULT_SETTINGS.reading);
    expect(read.layout.listWidth).toBe(500);
    expect(read.keys).toEqual({ 'article.star': ['i'] });
  });

  it('starts from the defaults when nothing usable is stored', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ keys: 'j' }).keys).toEqual({});
  });
});

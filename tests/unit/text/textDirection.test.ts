import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../shared/text/textDirection';

describe('textDirection', () => {
  it('reads the language tag first', () => {
    expect(textDirection('ar', 'Headline')).toBe('rtl');
    expect(textDirection('ur-PK', 'Headline')).toBe('rtl');
    expect(textDirection('pa-Arab', 'Headline')).toBe('rtl');
    expect(textDirection('en-GB', 'محادثات')).toBe('ltr');
  });

  it('falls back on the headline’s first letter when the feed gives no language', () => {
    expect(textDirection(null, 'محادثات المناخ تستأنف في جنيف')).toBe('rtl');
    expect(textDirection(undefined, '«שלום» עולם')).toBe('rtl');
    expect(textDirection(null, 'Climate talks resume')).toBe('ltr');
  });
});

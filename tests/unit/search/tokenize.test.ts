import { describe, expect, it } from 'vitest';
import { fold, MAX_WORD_LENGTH, stem, words } from '../../../shared/search/tokenize';

describe('words as search sees them', () => {
  it('folds case, diacritics and compatibility forms', () => {
    expect(words('Åsa ÉTÉ Straße ﬁnal ＡＢＣ naïve')).toEqual(['asa', 'ete', 'strasse', 'final', 'abc', 'naive']);
    expect(fold('Zoë Øster, Łódź')).toBe('zoe oster, lodz');
  });

  it('splits on anything that is not a letter or a digit, in any script', () => {
    expect(words("Biden's U.S.-Russia talks, 2023/05")).toEqual(['biden', 's', 'u', 's', 'russia', 'talks', '2023', '05']);
    expect(words('Переговоры в Москве; Αθήνα')).toEqual(['переговоры', 'в', 'москве', 'αθηνα']);
  });

  it('leaves out runs too long to be words', () => {
    expect(words(`a ${'b'.repeat(MAX_WORD_LENGTH + 1)} c`)).toEqual(['a', 'c']);
  });

  it('stems English plurals lightly, and leaves other words alone', () => {
    expect(stem('talks')).toBe(stem('talk'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('horses')).toBe(stem('horse'));
    expect(stem('news')).toBe('news');
    expect(stem('crisis')).toBe('crisis');
    expect(stem('bus')).toBe('bus');
    expect(stem('москвы')).toBe('москвы');
  });
});

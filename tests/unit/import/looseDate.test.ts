import { describe, expect, it } from 'vitest';
import { parseLooseDate } from '../../../main/import/plainText/looseDate';

describe('dates as news sites print them', () => {
  it.each([
    ['2023-05-29', '2023-05-29'],
    ['2023-05-29T10:00:00Z', '2023-05-29T10:00:00.000Z'],
    ['2023-05-29T10:00:00+03:00', '2023-05-29T07:00:00.000Z'],
    ['May 29, 2023', '2023-05-29'],
    ['May 29, 2023 14:30 IST', '2023-05-29T09:00:00.000Z'],
    ['Monday, May 29, 2023 2:30 pm EDT', '2023-05-29T18:30:00.000Z'],
    ['29 May 2023', '2023-05-29'],
    ['29th May 2023, 08:00 GMT', '2023-05-29T08:00:00.000Z'],
    ['Sept 3 2024', '2024-09-03'],
    ['May 29, 2023 14:30', '2023-05-29T14:30:00'],
  ])('%s → %s', (input, expected) => {
    expect(parseLooseDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', 'February 30, 2023', 'May 29', '2023-13-01', '14:30 IST', 'May 29, 2023 14:30 XYZ'])(
    'gives no date for %j rather than guessing',
    (input) => {
      expect(parseLooseDate(input)).toBeNull();
    },
  );
});

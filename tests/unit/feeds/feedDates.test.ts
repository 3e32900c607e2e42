import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../main/feeds/feedDates';

describe('parseFeedDate', () => {
  const cases: Array<[string, string | null]> = [
    // RFC 822 / 2822, as RSS writes them
    ['Sat, 07 Sep 2002 00:00:01 GMT', '2002-09-07T00:00:01.000Z'],
    ['Thu, 01 Jan 2004 19:48:21 EST', '2004-01-02T00:48:21.000Z'],
    ['Sun, 7 Oct 2012 12:00 +0100', '2012-10-07T11:00:00.000Z'],
    ['07 Sep 02 00:00:01 -0000', '2002-09-07T00:00:01.000Z'],
    ['Wed, 26 Mar 2014 16:02:43', '2014-03-26T16:02:43.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Mi, 03 Dez 2014 10:00:00 +0100', '2014-12-03T09:00:00.000Z'],
    // ISO 8601 / W3CDTF, as Atom and Dublin Core write them
    ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55.000Z'],
    ['2003-12-31T10:14:55.123-08:00', '2003-12-31T18:14:55.123Z'],
    ['2018-09-24T19:42:40-0300', '2018-09-24T22:42:40.000Z'],
    ['20031231T101455Z', '2003-12-31T10:14:55.000Z'],
    ['2004-07-08 23:56:58.0', '2004-07-08T23:56:58'],
    ['2003-12-31', '2003-12-31'],
    ['2003-12', '2003-12'],
    // asctime and the forms news sites print
    ['Sun Jan  4 16:29:06 PST 2004', '2004-01-05T00:29:06.000Z'],
    ['May 29, 2023 14:30 IST', '2023-05-29T09:00:00.000Z'],
    // never invented
    ['Mon, 31 Feb 2004 00:00:00 GMT', null],
    ['2003-13-01', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${String(expected)}`, () => {
      expect(parseFeedDate(input)).toBe(expected);
    });
  }
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/import/importFile';
import { ninjsVersionOf, validateNinjs } from '../../../main/ninjs/validateNinjs';

const root = join(__dirname, '../../fixtures/ninjs');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.json') ? [path] : [];
  });
const importExample = (path: string) => {
  const result = importFile(readFileSync(join(root, 'examples', path)), path.split('/').at(-1) ?? path);
  if (!result.ok) throw new Error(result.error);
  return result;
};
const first = (path: string) => {
  const [article] = importExample(path).articles;
  if (!article) throw new Error('no article');
  return article;
};

describe('every IPTC ninjs example imports', () => {
  const examples = filesUnder(join(root, 'examples')).map((path) => path.slice(join(root, 'examples').length + 1));
  it('covers the examples of ninjs 1.4 and 3.0', () => {
    expect(examples.length).toBeGreaterThanOrEqual(28);
  });
  it.each(examples)('%s', (path) => {
    const { articles } = importExample(path);
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      expect(article.headline.trim()).not.toBe('');
      expect(article.origin.kind).toBe('ninjs');
      expect(article.wire?.uri).toBeTruthy();
      expect(article.bodyHtml).not.toMatch(/<script|onerror=|javascript:/i);
    }
  });
});

describe('ninjs fields', () => {
  it('ninjs 3 (TT): headline, standfirst, genre as section, slugline, urgency, version, language, Media Topic-style subjects, picture with its photographer', () => {
    const article = first('3.0/tt_text_image_3.json');
    expect(article).toMatchObject({ headline: 'Militärövning i jätteformat hålls 2023', section: 'Inrikes', language: 'sv', publishedAt: '2021-05-26T11:40:18.000Z', updatedAt: null });
    expect(article.dek).toMatch(/^Pandemin satte stopp/);
    expect(article.wire).toMatchObject({ pubStatus: 'usable', urgency: 3, slugline: 'militärövning', version: '1', ninjsVersion: '3.1' });
    expect(article.images).toEqual([expect.objectContaining({ credit: 'Karl Melander/TT', creditSource: 'ninjs', caption: expect.stringMatching(/^En stor internationell försvarsövning/) })]);
    expect(article.tags).toEqual(expect.arrayContaining([
      { label: 'Krig, konflikter och oroligheter', kind: 'source', code: '16000000' },
      { label: 'Gotland', kind: 'entity', code: null, entity: 'place' },
    ]));
  });

  it('ninjs 1.4 (AP): byline, where it was filed, people, places and organisations, and the pictures among its associations', () => {
    const article = first('1.4/ninjsExComplex1.json');
    expect(article).toMatchObject({ headline: 'Captain of wrecked cruise ship on trial in Italy', bylines: ["Paulo Santalucia and Frances d'Emilio"], language: 'en' });
    expect(article.wire).toMatchObject({ located: 'Grossetto, Italy', ninjsVersion: '1.6' });
    expect(article.bodyHtml).toMatch(/^<p>GROSSETO, Italy \(AP\)/);
    expect(article.tags.filter((t) => t.kind === 'entity').map((t) => `${t.entity ?? ''}:${t.label}`)).toEqual([
      'person:Francesco Schettino', 'place:Grossetto', 'place:Tuscany', 'place:Italy', 'org:Costa Crociere SpA',
    ]);
    expect(article.images[0]).toMatchObject({ creditSource: 'ninjs', caption: expect.stringMatching(/Costa Concordia cruise ship lies on its side/) });
  });

  it('subjects keep their IPTC Media Topic codes', () => {
    const article = first('3.0/20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json');
    expect(article.tags).toEqual(expect.arrayContaining([
      { label: 'Sport', kind: 'source', code: 'medtop:15000000' },
      { label: 'drug abuse in sport', kind: 'source', code: 'medtop:20001105' },
    ]));
  });

  it('a picture item is itself the picture, at its widest rendition', () => {
    const article = first('3.0/ap_image.json');
    expect(article.images[0]?.src).toMatch(/role=main/);
    expect(article.images[0]?.caption).toMatch(/^FILE - In this Monday/);
  });

  it('canceled and withheld items say so', () => {
    const canceled = importFile(readFileSync(join(root, 'validation/1.0/should_pass/023_pubstatus_canceled.json')), 'canceled.json');
    const withheld = importFile(readFileSync(join(root, 'validation/1.0/should_pass/022_pubstatus_withheld.json')), 'withheld.json');
    expect(canceled.ok && canceled.articles[0]?.wire?.pubStatus).toBe('canceled');
    expect(withheld.ok && withheld.articles[0]?.wire?.pubStatus).toBe('withheld');
  });

  it('the same item is the same article whatever the file is called, so a new version replaces it', () => {
    const a = importFile(readFileSync(join(root, 'examples/3.0/ntb_text.json')), 'a.json');
    const b = importFile(readFileSync(join(root, 'examples/3.0/ntb_text.json')), 'b.json');
    expect(a.ok && b.ok && a.articles[0]?.id === b.articles[0]?.id).toBe(true);
  });
});

describe('validation against the schema of each version (the IPTC validation suite)', () => {
  // Where this validator and the suite part ways, and why:
  const KNOWN: Record<string, string> = {
    // ninjs 2.0 is written in JSON Schema draft 4 and refers to GeoJSON's schema, written in 2020-12: an older draft's validator takes any geometry.
    '2.0/should_fail/001_bad_geojson.json': 'passes',
    // The 1.4 schema does not constrain rightsinfo's members the way this test expects.
    '1.4/should_fail/006_bad_rightsinfo.json': 'passes',
  };
  const suite = filesUnder(join(root, 'validation'))
    .map((path) => path.slice(join(root, 'validation').length + 1))
    .filter((path) => /^\d\.\d\/should_(?:pass|fail)\//.test(path));

  it('covers every released version from 1.0 to 3.1', () => {
    expect(new Set(suite.map((path) => path.slice(0, 3)))).toEqual(new Set(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.0', '2.1', '2.2', '3.0', '3.1']));
    expect(suite.length).toBeGreaterThan(150);
  });

  it.each(suite)('%s', (path) => {
    const version = path.slice(0, 3);
    const text = readFileSync(join(root, 'validation', path), 'utf8');
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      // Some must-fail files are not even JSON: refused with a message naming the file.
      expect(path).toContain('should_fail');
      const result = importFile(Buffer.from(text), 'broken.json');
      expect(result.ok ? '' : result.error).toMatch(/^"broken\.json" looks like JSON but could not be read/);
      return;
    }
    const problems = validateNinjs(doc as Record<string, unknown>, version);
    const expected = KNOWN[path] ?? (path.includes('should_pass') ? 'passes' : 'fails');
    expect(problems.length === 0 ? 'passes' : 'fails', problems.join('; ')).toBe(expected);
    // Importing never throws: a must-fail item imports with a warning, or is refused with a reason.
    const result = importFile(Buffer.from(text), 'item.json');
    if (!result.ok) expect(result.error).toMatch(/"item\.json"/);
    else if (expected === 'fails' && !KNOWN[path] && ninjsVersionOf(doc as Record<string, unknown>) === version) expect(result.warnings?.join(' ')).toMatch(/"item\.json", item ".*": not valid ninjs/);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../main/feeds/feedError';
import type { FeedReading } from '../../../main/feeds/parseFeed';
import { readFeed } from '../../../main/feeds/parseFeed';
import type { CorpusCase } from './support/feedparserCases';
import { documentUrl, KNOWN_DIFFERENCES, loadCorpus, translate } from './support/feedparserCases';
import { feedparserView } from './support/feedparserView';
import { htmlEquivalent } from './support/htmlEquivalence';
import { evaluate, truthy } from './support/pythonEvaluate';

/**
 * feedparser's own test corpus (BSD-2, tests/fixtures/feeds/feedparser):
 * each file's `Expect:` line is a Python expression over feedparser's result.
 * Expressions over keys ParsedFeed carries are evaluated against a
 * feedparser-shaped view of it; the rest are counted, with the reason, and
 * every file is parsed as a must-not-crash check.
 */

const cases = loadCorpus(join(__dirname, '../../fixtures/feeds/feedparser'));

function read(testCase: CorpusCase): FeedReading | FeedError {
  try {
    return readFeed(testCase.bytes, { contentType: testCase.contentType, url: documentUrl(testCase) });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
}

const translations = cases.map((testCase) => ({ testCase, translation: translate(testCase) }));
const translated = translations.flatMap(({ testCase, translation }) => (translation.translated ? [{ testCase, ast: translation.ast }] : []));
const notTranslated = translations.flatMap(({ testCase, translation }) => (translation.translated ? [] : [{ file: testCase.file, reason: translation.reason, known: translation.known }]));

describe('feedparser corpus: translated expectations', () => {
  it('translates at least 150 expectations, from every folder', () => {
    expect(translated.length).toBeGreaterThanOrEqual(150);
    for (const folder of ['wellformed', 'illformed', 'encoding', 'entities']) {
      expect(translated.filter(({ testCase }) => testCase.folder === folder).length, folder).toBeGreaterThan(5);
    }
  });

  for (const { testCase, ast } of translated) {
    it(testCase.file, () => {
      const view = feedparserView(read(testCase));
      expect(truthy(evaluate(ast, view, htmlEquivalent)), `Expect: ${testCase.expect}`).toBe(true);
    });
  }
});

describe('feedparser corpus: expectations not translated', () => {
  it('are counted by reason', () => {
    const byReason = new Map<string, number>();
    for (const { reason } of notTranslated) {
      // One line per kind of reason: the element or key named in it is left out.
      const key = reason
        .replace(/^reads .*|^tests for the key .*/, 'reads a key ParsedFeed does not carry')
        .replace(/^expects .*?, which the app's/, "expects markup the app's")
        .replace(/^expects <\w+> outside its parent/, 'expects an element outside its parent')
        .replace(/^HTML5 parsing .*/, 'HTML5 parsing reads the markup differently');
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
    // Printed so a run shows what is left out and why.
    console.info(`feedparser corpus: ${translated.length} translated, ${notTranslated.length} not translated:\n${[...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `  ${n}  ${reason}`).join('\n')}`);
    expect(translated.length + notTranslated.length).toBe(cases.length);
  });

  it('the known differences still differ (so the list cannot go stale)', () => {
    const known = notTranslated.filter((entry) => entry.known !== undefined);
    expect(known.length).toBe(Object.keys(KNOWN_DIFFERENCES).length);
    for (const entry of known) {
      const testCase = cases.find((c) => c.file === entry.file);
      if (!testCase || !entry.known) throw new Error(`missing ${entry.file}`);
      let holds: boolean;
      try {
        holds = truthy(evaluate(entry.known, feedparserView(read(testCase)), htmlEquivalent));
      } catch {
        holds = false;
      }
      expect(holds, entry.file).toBe(false);
    }
  });
});

describe('feedparser corpus: every file parses or is refused with a FeedError', () => {
  for (const folder of ['wellformed', 'illformed', 'encoding', 'entities']) {
    it(`${folder}/ (${cases.filter((c) => c.folder === folder).length} files)`, () => {
      for (const testCase of cases.filter((c) => c.folder === folder)) {
        const started = performance.now();
        const result = read(testCase);
        expect(result instanceof FeedError || Array.isArray(result.feed.items), testCase.file).toBe(true);
        expect(performance.now() - started, testCase.file).toBeLessThan(2_000);
      }
    });
  }
});

/**
 * The article-extraction benchmark's score (tests/fixtures/article-extraction/README.md):
 * 4-token shingles of the extracted body against the human-marked one,
 * precision and recall per page, averaged over pages, F1 of the means.
 */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = (text.toLowerCase().match(TOKEN) ?? []) as string[];
  const counts = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
}

export function scorePage(extracted: string, truth: string): PageScore {
  const got = shingles(extracted);
  const want = shingles(truth);
  let tp = 0;
  for (const [key, count] of got) tp += Math.min(count, want.get(key) ?? 0);
  const total = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, n) => sum + n, 0);
  const fp = total(got) - tp;
  const fn = total(want) - tp;
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp > 0 ? tp / (tp + fp) : 0, recall: tp + fn > 0 ? tp / (tp + fn) : 0 };
}

export function scoreAll(pages: PageScore[]): { precision: number; recall: number; f1: number } {
  const mean = (pick: (p: PageScore) => number): number => pages.reduce((sum, p) => sum + pick(p), 0) / Math.max(1, pages.length);
  const precision = mean((p) => p.precision);
  const recall = mean((p) => p.recall);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
  /** The article's text as a person marked it. */
  truth: string;
}

const dir = join(__dirname, '../fixtures/article-extraction');

/** The 131 real pages of the article-extraction benchmark, with their ground truth. */
export function extractionCorpus(): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.replace('.html.gz', '');
      const entry = truth[id];
      if (!entry) throw new Error(`No ground truth for ${id}`);
      return { id, url: entry.url, html: gunzipSync(readFileSync(join(dir, 'html', name))).toString('utf8'), truth: entry.articleBody };
    });
}

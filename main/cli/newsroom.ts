import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { NormalizedArticle } from '../../shared/model';
import { importFile } from '../import/importFile';

const USAGE = `Usage: newsroom parse [--url URL] FILE...

Prints the articles in each FILE (pasted text, a saved web page, a feed,
or IPTC ninjs) as a JSON array of normalized articles, exactly as Newsroom
Reader archives them. --url gives the address a saved page came from, so
its links resolve and its id follows the page. Problems with a file are
reported on stderr; the other files are still printed.`;

async function parse(args: string[]): Promise<number> {
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  if (urlAt >= 0 && (url === undefined || !/^https?:\/\//i.test(url))) {
    process.stderr.write('newsroom: --url needs an http or https address, e.g. --url https://news.example.com/story\n');
    return 2;
  }
  const paths = urlAt >= 0 ? args.filter((_, i) => i !== urlAt && i !== urlAt + 1) : args;
  const articles: NormalizedArticle[] = [];
  let failures = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      process.stderr.write(`newsroom: cannot open "${path}" (${code ?? 'error'}). Check the path and try again.\n`);
      failures++;
      continue;
    }
    const result = importFile(bytes, basename(path), url === undefined ? {} : { url });
    if (result.ok) {
      articles.push(...result.articles);
      for (const warning of result.warnings ?? []) process.stderr.write(`newsroom: warning: ${warning}\n`);
    }
    else {
      process.stderr.write(`newsroom: ${result.error}\n`);
      failures++;
    }
  }
  process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'parse' && rest.length > 0) return parse(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsroom: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

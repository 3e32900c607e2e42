import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeFeed } from '../../../../main/feeds/decodeFeed';
import { beyondAllowlist, lostInHtml5 } from './htmlEquivalence';
import type { Schema } from './feedparserView';
import { SCHEMA } from './feedparserView';
import type { Node } from './pythonExpression';
import { parsePython } from './pythonExpression';

/** One file of feedparser's test corpus with what its header comment says. */
export interface CorpusCase {
  /** Path inside the corpus, e.g. "wellformed/rss/channel_title.xml". */
  file: string;
  folder: string;
  bytes: Buffer;
  expect: string;
  contentType: string | null;
  contentLocation: string | null;
  contentLanguage: string | null;
}

export type Translation = { translated: true; ast: Node } | { translated: false; reason: string; known?: Node };

function filesUnder(directory: string): string[] {
  return readdirSync(directory).sort().flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function loadCorpus(root: string): CorpusCase[] {
  return filesUnder(root)
    .filter((path) => !path.endsWith('LICENSE'))
    .map((path) => {
      const bytes = readFileSync(path);
      // The header is in the file's own encoding (some are UTF-16 or UTF-32).
      const text = decodeFeed(bytes).text;
      const header = (name: string): string | null => new RegExp(`^\\s*Header:\\s*${name}:\\s*(.*?)\\s*$`, 'im').exec(text)?.[1] ?? null;
      const file = relative(root, path);
      return {
        file,
        folder: file.split('/')[0] ?? '',
        bytes,
        expect: /^\s*Expect:\s*(.*?)\s*$/m.exec(text)?.[1] ?? '',
        contentType: header('Content-type'),
        contentLocation: header('Content-Location'),
        contentLanguage: header('Content-Language'),
      };
    });
}

/**
 * Expectations the view could check but that this parser answers otherwise
 * on purpose, each with why. Kept short; a test fails if one of them starts passing.
 */
const DOUBLE_ENCODED = "feedparser repairs UTF-8 that was decoded as Latin-1 and encoded again; this parser keeps the characters the feed sent";
const HTML5_IFRAME = "HTML5 (and DOMPurify) reads an iframe's inside as raw text and drops it with the iframe; feedparser's SGML sanitizer keeps the text";
const BASE64_BINARY = 'content of a binary media type (application/octet-stream) is not shown as text';
const ID_NOT_RESOLVED = 'ids are identifiers and kept as written; feedparser resolves a relative id against the document address';
const CHARDET = "feedparser's chardet and the npm chardet guess this undeclared encoding differently";
const HTML5_PARSE = 'HTML5 parsing (DOMPurify) reads this markup differently from feedparser\'s SGML parser';

export const KNOWN_DIFFERENCES: Record<string, string> = {
  'encoding/bozo_double-encoded-html.xml': DOUBLE_ENCODED,
  'encoding/double-encoded-html.xml': DOUBLE_ENCODED,
  'encoding/bozo_linenoise.xml': 'feedparser strips the "<>" of this line noise and keeps an undefined Windows-1252 byte elsewhere; this parser keeps the text as escaped characters',
  'entities/lang.xml': 'HTML5 maps &lang; to U+27E8; feedparser uses the HTML 4 value U+2329',
  'entities/rang.xml': 'HTML5 maps &rang; to U+27E9; feedparser uses the HTML 4 value U+232A',
  'illformed/chardet/gb2312.xml': 'the guess is GB18030, the superset this parser decodes every GB2312 label as',
  'illformed/chardet/tis620.xml': CHARDET,
  'illformed/chardet/windows1255.xml': CHARDET,
  'wellformed/atom/entry_updated_multiple_values.xml': 'with two <updated> in one entry this parser keeps the first; feedparser the last',
  'wellformed/atom10/entry_content_base64.xml': BASE64_BINARY,
  'wellformed/atom10/entry_content_base64_2.xml': BASE64_BINARY,
  'wellformed/atom10/entry_summary_base64.xml': BASE64_BINARY,
  'wellformed/atom10/entry_summary_base64_2.xml': BASE64_BINARY,
  'wellformed/base/http_entry_id_base_content_location.xml': ID_NOT_RESOLVED,
  'wellformed/base/http_entry_id_base_docuri.xml': ID_NOT_RESOLVED,
  'wellformed/rss/item_description_and_summary.xml': 'an un-namespaced <summary> in an RSS item is not RSS; feedparser reads it as content',
  'wellformed/rss/item_summary_and_description.xml': 'an un-namespaced <summary> in an RSS item is not RSS; feedparser reads it as the summary',
  'wellformed/rss/item_madeup_tags_element.xml': 'a made-up <tags> element; only RSS, Atom, Dublin Core, Media RSS and iTunes categories are read',
  'wellformed/rss/item_description_not_a_doctype2.xml': HTML5_PARSE,
  'wellformed/sanitize/acceptable_element_br.xml': `${HTML5_PARSE} (</br> is a second <br>)`,
  'wellformed/sanitize/item_content_encoded_script_nested_cdata.xml': HTML5_PARSE,
  'wellformed/sanitize/xml_malicious_comment.xml': `${HTML5_PARSE}: an unclosed comment hides the rest, as in a browser`,
  'wellformed/sanitize/entry_content_iframe.xml': HTML5_IFRAME,
  'wellformed/sanitize/entry_summary_iframe.xml': HTML5_IFRAME,
  'wellformed/sanitize/item_content_encoded_iframe.xml': HTML5_IFRAME,
  'wellformed/sanitize/item_description_iframe.xml': HTML5_IFRAME,
  'wellformed/sanitize/item_fullitem_iframe.xml': HTML5_IFRAME,
};

/** The address feedparser's own harness served each file from, as the document's base (Content-Location resolved against it). */
export function documentUrl(testCase: CorpusCase): string {
  const served = `http://127.0.0.1:8097/tests/${testCase.file}`;
  if (testCase.contentLocation === null) return served;
  try {
    const location = new URL(testCase.contentLocation, served);
    return /^https?:$/.test(location.protocol) ? location.href : served;
  } catch {
    return served;
  }
}

const FUNCTIONS = new Set(['len', 'ord', '__neg__']);

/** The key path a node reads ("entries", "#", "title"), or null when it is not a plain lookup. */
function pathOf(node: Node): string[] | null {
  if (node.kind === 'name') return [node.name];
  if (node.kind === 'attribute') {
    const target = pathOf(node.target);
    return target ? [...target, node.name] : null;
  }
  if (node.kind === 'index') {
    const target = pathOf(node.target);
    if (!target) return null;
    const key = node.index;
    if (key.kind === 'literal' && typeof key.value === 'string') return [...target, key.value];
    if (key.kind === 'literal' && typeof key.value === 'number') return [...target, '#'];
    if (key.kind === 'call' && key.callee.kind === 'name' && key.callee.name === '__neg__') return [...target, '#'];
    return null;
  }
  if (node.kind === 'call' && node.callee.kind === 'attribute' && node.callee.name === 'get') {
    const target = pathOf(node.callee.target);
    const key = node.args[0];
    return target && key?.kind === 'literal' && typeof key.value === 'string' ? [...target, key.value] : null;
  }
  return null;
}

function schemaAt(path: string[]): Schema | undefined {
  let schema: Schema | undefined = SCHEMA;
  for (const key of path) {
    if (schema === undefined || typeof schema === 'string') return undefined;
    if (Array.isArray(schema)) schema = key === '#' ? schema[0] : undefined;
    else schema = key === '#' ? undefined : schema[key];
  }
  return schema;
}

const HTML_SYNTAX = /<[a-zA-Z!/]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Why this expectation cannot be checked against ParsedFeed, or null when it can. */
function untranslatable(node: Node, testCase: CorpusCase): string | null {
  const path = node.kind === 'literal' || node.kind === 'sequence' ? null : pathOf(node);
  if (path) {
    if (path.length === 1 && FUNCTIONS.has(path[0] ?? '')) return null;
    return schemaAt(path) === undefined ? `reads ${path.join('.').replace(/\.#/g, '[n]')}, which ParsedFeed does not carry` : null;
  }
  switch (node.kind) {
    case 'literal': return null;
    case 'name': return null;
    case 'sequence': return node.items.map((item) => untranslatable(item, testCase)).find((reason) => reason !== null) ?? null;
    case 'not': return untranslatable(node.operand, testCase);
    case 'bool': return untranslatable(node.left, testCase) ?? untranslatable(node.right, testCase);
    case 'index': return 'indexes with an expression';
    case 'attribute': return `reads .${node.name}`;
    case 'call': {
      if (node.callee.kind !== 'name' || !FUNCTIONS.has(node.callee.name)) return 'calls a function outside len() and ord()';
      return node.args.map((arg) => untranslatable(arg, testCase)).find((reason) => reason !== null) ?? null;
    }
    case 'compare': {
      for (const operand of node.operands) {
        const inner = untranslatable(operand, testCase);
        if (inner) return inner;
      }
      for (const [i, op] of node.ops.entries()) {
        const reason = pairRule(op, node.operands[i] as Node, node.operands[i + 1] as Node, testCase);
        if (reason) return reason;
      }
      return null;
    }
  }
}

/** Rules for one comparison whose one side is a view key and the other a literal. */
function pairRule(op: string, left: Node, right: Node, testCase: CorpusCase): string | null {
  const leftPath = pathOf(left);
  const rightPath = pathOf(right);
  if ((op === 'in' || op === 'not in') && rightPath && left.kind === 'literal') {
    const container = schemaAt(rightPath);
    if (container && typeof container === 'object' && !Array.isArray(container) && typeof left.value === 'string' && !(left.value in container)) {
      return `tests for the key '${left.value}', which ParsedFeed does not carry`;
    }
  }
  const [path, literal] = leftPath && right.kind === 'literal' ? [leftPath, right.value] : rightPath && left.kind === 'literal' ? [rightPath, left.value] : [null, null];
  if (!path || typeof literal !== 'string') return null;
  const leaf = schemaAt(path);
  if ((leaf === 'text' || leaf === 'html') && literal === '' && op === '==') return 'expects an empty string where ParsedFeed has null (no text)';
  if (leaf === 'text' && HTML_SYNTAX.test(literal)) return 'expects HTML (markup or entity references) in a field that ParsedFeed keeps as plain text';
  if (leaf === 'html') {
    const dropped = beyondAllowlist(literal) ;
    if (dropped) return `expects ${dropped}, which the app's sanitizer allowlist removes (stricter than feedparser's)`;
    const lost = lostInHtml5(literal);
    if (lost) return `expects ${lost} outside its parent, which HTML5 parsing (DOMPurify's) drops`;
  }
  if (path[0] === 'encoding' && testCase.contentType && /^\s*text\//i.test(testCase.contentType) && !/charset\s*=/i.test(testCase.contentType) && literal === 'us-ascii') {
    return "expects RFC 3023's us-ascii default for text/* without charset; RFC 7303 replaced it with the XML declaration, which this parser follows";
  }
  if (path.includes('language') && testCase.contentLanguage) return 'expects the language from an HTTP Content-Language header, which parseFeed is not given';
  return null;
}

function mentionsNames(node: Node): boolean {
  switch (node.kind) {
    case 'literal': return false;
    case 'name': return true;
    case 'sequence': return node.items.some(mentionsNames);
    case 'index': return mentionsNames(node.target) || mentionsNames(node.index);
    case 'attribute': return mentionsNames(node.target);
    case 'call': return mentionsNames(node.callee) || node.args.some(mentionsNames);
    case 'not': return mentionsNames(node.operand);
    case 'bool': return mentionsNames(node.left) || mentionsNames(node.right);
    case 'compare': return node.operands.some(mentionsNames);
  }
}

export function translate(testCase: CorpusCase): Translation {
  let ast: Node;
  try {
    ast = parsePython(testCase.expect);
  } catch {
    return { translated: false, reason: testCase.expect === '' ? 'has no Expect line' : 'is written in Python beyond the supported subset' };
  }
  // Microsoft's CDF (1997) is not a feed format the app reads.
  if (testCase.file.startsWith('wellformed/cdf/')) return { translated: false, reason: 'is Microsoft CDF, a format the app does not read' };
  const known = KNOWN_DIFFERENCES[testCase.file];
  if (known) return { translated: false, reason: known, known: ast };
  if (!mentionsNames(ast)) return { translated: false, reason: 'expects only that parsing does not crash (covered by the must-not-crash tests)' };
  const reason = untranslatable(ast, testCase);
  return reason === null ? { translated: true, ast } : { translated: false, reason };
}

import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A feed's bytes as text, with the encoding that was used and anything odd about it. */
export interface DecodedFeed {
  text: string;
  /** The encoding used, lower case, as declared where it was declared ('utf-8', 'iso-8859-1', 'koi8-r'). */
  encoding: string;
  /** What did not add up (an unknown or wrong declaration), for the bozo record; null when nothing. */
  problem: string | null;
}

// Labels that all mean "Windows-1252" in practice: browsers (WHATWG Encoding)
// decode Latin-1 and ASCII labels as Windows-1252, because that is what
// servers that say Latin-1 actually send (curly quotes at 0x80–0x9F).
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'iso-ir-100', 'ibm819']);
// GB2312 and GBK are subsets of GB18030, and feeds that say GB2312 often use GBK characters.
const GB18030_LABELS = new Set(['gb2312', 'gbk', 'x-gbk', 'gb18030', 'csgb2312', 'chinese']);
// The five bytes Windows-1252 leaves undefined; WHATWG passes them through as C1 controls.
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const utf8 = new TextDecoder('utf-8', { fatal: true });

// iconv-lite types encodingExists as a type guard; a plain boolean keeps the label a string in both branches.
const encodingKnown = (label: string): boolean => iconv.encodingExists(label);

const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * C1 controls (U+0080–U+009F) are never meant in a feed: they are Windows-1252
 * punctuation that went through a Latin-1 round trip ("don\u0092t"). Read them
 * as the curly quotes and dashes they were, as feedparser does.
 */
export function demoronize(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}

/** `charset` from a Content-Type header, tolerating quotes and spaces: `text/xml;charset= "us-ascii"`. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** UTF-16/32 without a BOM, recognised by how `<?` or `<` is laid out (XML 1.0 appendix F). */
function unmarkedWideEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x3c && c === 0x00) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c !== 0x00) return 'utf-16le';
  return null;
}

/** The XML declaration's encoding, read from the first bytes as ASCII. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const match = /<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return match?.[1]?.trim().toLowerCase() ?? null;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const text = iconv.decode(Buffer.from(bytes), 'windows-1252');
  if (!text.includes('\uFFFD')) return text;
  // Single-byte encoding: character i is byte i, so the undefined bytes can be put back as C1 controls.
  let fixed = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    fixed += CP1252_UNDEFINED.has(byte) ? String.fromCharCode(byte) : (text[i] ?? '');
  }
  return fixed;
}

function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chars: string[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    chars.push(code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');
  }
  return chars.join('');
}

/** Decodes with a known label, or returns null when the label names no encoding we have. */
function decodeAs(bytes: Uint8Array, label: string): { text: string; encoding: string } | null {
  if (label === 'utf-8' || label === 'utf8') {
    try {
      return { text: utf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      return null;
    }
  }
  if (WINDOWS_1252_LABELS.has(label)) return { text: decodeWindows1252(bytes), encoding: label };
  if (GB18030_LABELS.has(label)) return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  if (label === 'utf-32be' || label === 'utf-32le') return { text: utf32(bytes, label === 'utf-32le'), encoding: label };
  if (label === 'utf-16' || label === 'utf-32') {
    const wide = unmarkedWideEncoding(bytes) ?? `${label}be`;
    return decodeAs(bytes, wide.startsWith(label) ? wide : `${label}be`);
  }
  if (!encodingKnown(label)) return null;
  return { text: iconv.decode(Buffer.from(bytes), label), encoding: label };
}

/**
 * Bytes → text the way RFC 7303 and browsers do it: a BOM wins, then the HTTP
 * charset, then UTF-16/32 recognised from the first bytes, then the XML
 * declaration, then UTF-8. Bytes that are not the UTF-8 they claim to be are
 * read as Windows-1252, which is what such feeds almost always are.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): DecodedFeed {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const decoded = decodeAs(bytes.subarray(bom.length), bom.encoding);
    if (decoded) return { text: decoded.text, encoding: bom.encoding, problem: null };
    return { text: decodeWindows1252(bytes.subarray(bom.length)), encoding: 'windows-1252', problem: 'The bytes after the UTF-8 byte order mark are not UTF-8.' };
  }
  let problem: string | null = null;
  const wide = unmarkedWideEncoding(bytes);
  const declarations: Array<[label: string | null, from: string]> = [
    [charsetOf(contentType), 'the server'],
    [wide, 'its first bytes'],
    [wide ? null : declaredEncoding(bytes), 'the XML declaration'],
  ];
  for (const [label, from] of declarations) {
    if (label === null) continue;
    const decoded = decodeAs(bytes, label);
    if (decoded) return { ...decoded, text: decoded.text.replace(/^\uFEFF/, ''), problem };
    const known = label === 'utf-8' || encodingKnown(label);
    problem = known ? `The feed is not valid ${label}, as ${from} said.` : `The encoding "${label}" that ${from} named is unknown.`;
  }
  const decoded = decodeAs(bytes, 'utf-8');
  if (decoded) return { ...decoded, text: decoded.text.replace(/^\uFEFF/, ''), problem };
  const guess = guessEncoding(bytes);
  return { ...guess, problem: problem ?? `The feed declares no encoding and is not UTF-8; it was read as ${guess.encoding}.` };
}

/**
 * Undeclared, not UTF-8: a statistical guess (chardet, a port of Mozilla's
 * detector) tells KOI8-R from Windows-1251 or Shift_JIS from EUC-JP; when it
 * is unsure, Windows-1252, the commonest undeclared encoding on the web.
 */
function guessEncoding(bytes: Uint8Array): { text: string; encoding: string } {
  const [best] = chardet.analyse(bytes.subarray(0, 65_536));
  const label = best && best.confidence >= 20 ? best.name.toLowerCase() : 'windows-1252';
  return decodeAs(bytes, label) ?? { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

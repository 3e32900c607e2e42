import { decodeHTML } from 'entities';
import exifr from 'exifr';

/** Where in the file a value was read: IPTC IIM, XMP or EXIF. */
export type EmbeddedSource = 'iptc' | 'xmp' | 'exif';

export interface Provenanced {
  value: string;
  source: EmbeddedSource;
}

/** What a picture file says about itself: every value found, each with where it was found, most trusted first. */
export interface EmbeddedCredits {
  /** IPTC Credit Line (IIM Credit, photoshop:Credit): the agency or publisher to credit. */
  creditLine: Provenanced[];
  /** The photographer (IIM By-line, dc:creator, EXIF Artist). */
  creator: Provenanced[];
  copyright: Provenanced[];
  /** IIM Caption-Abstract, dc:description, EXIF ImageDescription. */
  caption: Provenanced[];
  /** IIM Source, photoshop:Source: who supplied it. */
  supplier: Provenanced[];
}

type Segments = Record<string, Record<string, unknown> | undefined>;

/** A metadata value as text: XMP language alternatives give their first (x-default) value; lists are joined. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    // XMP values arrive with their XML escapes still in them ("Creator&#39;s"); IIM is plain, often padded with NULs.
    const cleaned = decodeHTML(value).replace(/\0/g, '').replace(/\s+/g, ' ').trim();
    return cleaned === '' ? null : cleaned;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text((value as unknown[]).map(text).filter((v): v is string => v !== null).join(', '));
  if (typeof value === 'object' && 'value' in value) return text((value).value);
  return null;
}

function collect(segments: Segments, fields: Array<[string, string, EmbeddedSource]>): Provenanced[] {
  const found: Provenanced[] = [];
  for (const [segment, field, source] of fields) {
    const value = text(segments[segment]?.[field]);
    if (value !== null && !found.some((f) => f.value === value)) found.push({ value, source });
  }
  return found;
}

const NONE: EmbeddedCredits = { creditLine: [], creator: [], copyright: [], caption: [], supplier: [] };

/**
 * The credits, caption and copyright a picture carries inside itself (IPTC
 * IIM, XMP, EXIF), read with exifr from the original bytes, which the
 * archive keeps unchanged for this reason. Only metadata segments are read,
 * never pixels, so a huge or hostile image costs no more than its header.
 * A file that is not a picture, or is damaged, gives no values, not an error.
 */
export async function readEmbeddedCredits(bytes: Uint8Array): Promise<EmbeddedCredits> {
  let segments: Segments | undefined;
  try {
    segments = (await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      iptc: true, xmp: true, tiff: true, exif: false, gps: false, ifd1: false, interop: false, icc: false, jfif: false, ihdr: false,
      mergeOutput: false, multiSegment: true,
    })) as Segments | undefined;
  } catch {
    return NONE;
  }
  if (!segments) return NONE;
  return {
    creditLine: collect(segments, [['iptc', 'Credit', 'iptc'], ['photoshop', 'Credit', 'xmp'], ['Iptc4xmpCore', 'CreditLine', 'xmp']]),
    creator: collect(segments, [['iptc', 'Byline', 'iptc'], ['dc', 'creator', 'xmp'], ['ifd0', 'Artist', 'exif']]),
    copyright: collect(segments, [['iptc', 'CopyrightNotice', 'iptc'], ['dc', 'rights', 'xmp'], ['ifd0', 'Copyright', 'exif']]),
    caption: collect(segments, [['iptc', 'Caption', 'iptc'], ['dc', 'description', 'xmp'], ['ifd0', 'ImageDescription', 'exif']]),
    supplier: collect(segments, [['iptc', 'Source', 'iptc'], ['photoshop', 'Source', 'xmp']]),
  };
}

/**
 * The credit to print under the picture: photographer and agency together
 * as newsrooms print them ("Duane A. Laverty/AP"), else whichever there is,
 * else the copyright notice. The rest stay in EmbeddedCredits.
 */
export function embeddedCreditLine(credits: EmbeddedCredits): Provenanced | null {
  const agency = credits.creditLine[0];
  const creator = credits.creator[0];
  if (agency && creator && !agency.value.toLowerCase().includes(creator.value.toLowerCase())) return { value: `${creator.value}/${agency.value}`, source: creator.source };
  return agency ?? creator ?? credits.copyright[0] ?? null;
}

import type { SearchField } from './searchQuery';
import { words } from './tokenize';

/**
 * Which words of an article go in which field, at which positions. Each
 * field is its own position space; the values in it (the headline, each
 * tag, each byline) are kept GAP positions apart so a phrase never runs
 * from one into the next. `text`, the field plain words search, carries a
 * weight per part: a word in the headline counts WEIGHTS.headline times a
 * word in the body when ranking (BM25F, simplified to weighted counts).
 */
export const GAP = 8;

export const WEIGHTS = { headline: 4, dek: 2, tags: 2, body: 1 } as const;

/** The parts of an article's search document that fields are read from. */
export interface FieldSource {
  headline: string;
  dek: string;
  body: string;
  tags: ReadonlyArray<{ label: string; kind: string; code: string | null; entity?: string | undefined }>;
  bylines: readonly string[];
  section: string | null;
  source: string;
  credits: readonly string[];
}

/** One field's words: each word with its positions and weighted count. */
export type FieldWords = Map<string, { tf: number; positions: number[] }>;

class FieldBuilder {
  readonly words: FieldWords = new Map();
  private next = 0;
  /** Sum of weights over every word: the field's length for BM25. */
  length = 0;

  add(value: string, weight = 1): void {
    for (const word of words(value)) {
      let entry = this.words.get(word);
      if (!entry) {
        entry = { tf: 0, positions: [] };
        this.words.set(word, entry);
      }
      entry.tf += weight;
      entry.positions.push(this.next++);
      this.length += weight;
    }
    this.next += GAP;
  }
}

const isTopic = (tag: FieldSource['tags'][number]): boolean => tag.kind === 'topic' || (tag.code?.startsWith('medtop:') ?? false);

/** Every field of an article, with its words; and the text field's weighted length. */
export function indexedFields(doc: FieldSource): { fields: Map<SearchField, FieldWords>; textLength: number } {
  const builders = new Map<SearchField, FieldBuilder>();
  const field = (name: SearchField): FieldBuilder => {
    let builder = builders.get(name);
    if (!builder) {
      builder = new FieldBuilder();
      builders.set(name, builder);
    }
    return builder;
  };
  const text = field('text');
  text.add(doc.headline, WEIGHTS.headline);
  text.add(doc.dek, WEIGHTS.dek);
  for (const tag of doc.tags) text.add(tag.label, WEIGHTS.tags);
  text.add(doc.body, WEIGHTS.body);

  field('title').add(doc.headline);
  for (const byline of doc.bylines) field('author').add(byline);
  if (doc.section) field('section').add(doc.section);
  field('source').add(doc.source);
  for (const credit of doc.credits) field('credit').add(credit);
  for (const tag of doc.tags) {
    const kinds: SearchField[] = ['tag'];
    if (tag.entity === 'person') kinds.push('person');
    if (tag.entity === 'place') kinds.push('place');
    if (tag.entity === 'org') kinds.push('org');
    if (isTopic(tag)) kinds.push('topic');
    for (const kind of kinds) {
      field(kind).add(tag.label);
      if (tag.code) field(kind).add(tag.code);
    }
  }
  const fields = new Map<SearchField, FieldWords>();
  for (const [name, builder] of builders) if (builder.words.size > 0) fields.set(name, builder.words);
  return { fields, textLength: text.length };
}

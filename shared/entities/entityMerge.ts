import type { EntityType } from '../model';
import type { Candidate } from './entityClassify';
import { NAME_JOINERS, NAME_PARTICLES, NAME_SUFFIXES } from './entityNames';
import { lexTags } from './entityWords';

/**
 * Folds an article's mentions into one tag per entity: "Blinken" into
 * "Antony Blinken", "Pat Carlineo" into "Patrick Carlineo Jr", "DHS" with
 * "Department of Homeland Security", "Sierra Nevada Corp." with "Sierra
 * Nevada Corporation"; then drops what never became a name.
 */

export interface Entity {
  label: string;
  type: EntityType;
  count: number;
}

interface Entry {
  label: string;
  type: EntityType | null;
  count: number;
  /** When it was first mentioned, to order ties. */
  order: number;
  titled: boolean;
  firstNameOnly: boolean;
}

const wordsOf = (label: string): string[] => label.toLowerCase().split(' ');
const isAcronym = (label: string): boolean => /^[\p{Lu}&]{2,6}$/u.test(label);

/** The last word of a person's name that is a surname: "Kennedy" in "James Kennedy Jr". */
function surname(label: string): string {
  const words = wordsOf(label).filter((w) => !NAME_SUFFIXES.has(w.replace(/\.$/, '')) && !/^\p{L}\.?$/u.test(w));
  return words[words.length - 1] ?? '';
}

/** Two renderings of one person's first names: "Pat"/"Patrick", "Patrick W."/"Patrick". */
function sameFirstName(a: string, b: string): boolean {
  const first = (label: string): string => wordsOf(label)[0] ?? '';
  const x = first(a);
  const y = first(b);
  return x.startsWith(y) || y.startsWith(x);
}

/** "Hawk Sawyer" is "Kathleen Hawk Sawyer"; "Pat Carlineo" is "Patrick Carlineo Jr"; "Joe Biden" is not "Hunter Biden". */
function samePerson(a: string, b: string): boolean {
  if (surname(a) !== surname(b)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return sameFirstName(a, b) || longer.toLowerCase().endsWith(` ${shorter.toLowerCase()}`);
}

/** Keeps the fuller, more used label when two entries are one entity. */
function absorb(into: Entry, from: Entry): void {
  const better = from.count > into.count || (from.count === into.count && from.label.split(' ').length > into.label.split(' ').length);
  if (better) into.label = from.label;
  into.count += from.count;
  into.order = Math.min(into.order, from.order);
  into.titled ||= from.titled;
}

function gather(candidates: Candidate[]): Entry[] {
  const byLabel = new Map<string, Entry & { votes: Map<EntityType, number> }>();
  candidates.forEach((candidate, order) => {
    const key = candidate.label.toLowerCase();
    const entry = byLabel.get(key) ?? { label: candidate.label, type: null, count: 0, order, titled: false, firstNameOnly: true, votes: new Map<EntityType, number>() };
    entry.count++;
    entry.titled ||= candidate.titled;
    entry.firstNameOnly &&= candidate.firstNameOnly;
    if (candidate.type) entry.votes.set(candidate.type, (entry.votes.get(candidate.type) ?? 0) + 1);
    byLabel.set(key, entry);
  });
  return [...byLabel.values()].map(({ votes, ...entry }) => {
    // compromise reads one name differently from sentence to sentence; the most common reading wins.
    const type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    return { ...entry, type };
  });
}

/** "Pat Carlineo" and "Patrick W. Carlineo" are "Patrick Carlineo Jr". */
function mergePeople(entries: Entry[]): Entry[] {
  const kept: Entry[] = [];
  for (const entry of [...entries].sort((a, b) => b.count - a.count || a.order - b.order)) {
    const full = entry.type === 'person' && entry.label.includes(' ');
    const same = full ? kept.find((k) => k.type === 'person' && k.label.includes(' ') && samePerson(k.label, entry.label)) : undefined;
    if (same) absorb(same, entry);
    else kept.push(entry);
  }
  return kept;
}

/** A lone surname belongs to the person named in full; a lone first name, or "Whelan & Gershkovich", adds nothing. */
function foldIntoPeople(entries: Entry[]): Entry[] {
  const people = entries.filter((e) => e.type === 'person' && e.label.includes(' ')).sort((a, b) => b.count - a.count || a.order - b.order);
  const surnames = new Set(people.map((p) => surname(p.label)));
  return entries.filter((entry) => {
    if (entry.type === 'person' && entry.label.includes(' ')) return true;
    const lower = entry.label.toLowerCase();
    const owner = lower.includes(' ') ? undefined : people.find((p) => surname(p.label) === lower);
    if (owner) {
      owner.count += entry.count;
      owner.titled ||= entry.titled;
      return false;
    }
    if (!lower.includes(' ') && people.some((p) => wordsOf(p.label)[0] === lower)) return false;
    const pair = lower.split(/ (?:&|and) /);
    return !(pair.length === 2 && pair.every((part) => surnames.has(part) || people.some((p) => p.label.toLowerCase() === part)));
  });
}

/** The capitals of a name's words: "Department of Homeland Security" → "DHS". */
function initials(label: string): string {
  return label
    .split(/[\s-]+/)
    .filter((w) => !NAME_JOINERS.has(w.toLowerCase()) && !NAME_PARTICLES.has(w.toLowerCase()) && w.toLowerCase() !== 'the')
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** An acronym and the name it abbreviates are one organisation, filed under the acronym newsrooms use. */
function mergeAcronyms(entries: Entry[]): Entry[] {
  const acronyms = entries.filter((e) => e.type !== 'person' && isAcronym(e.label));
  return entries.filter((entry) => {
    if (entry.type === 'person' || !entry.label.includes(' ')) return true;
    const short = acronyms.find((a) => a.label === initials(entry.label));
    if (!short) return true;
    absorb(short, { ...entry, label: short.label });
    short.type = 'org';
    return false;
  });
}

// Words that name a company's form, not the company: "New Media" is "New Media Investment Group".
const CORPORATE_WORDS = new Set(['investment', 'investments', 'group', 'holdings', 'corp', 'corporation', 'inc', 'co', 'company', 'ltd', 'llc', 'plc', 'international']);

/**
 * An organisation named in part is the one named in full: "Security Council" is
 * "UN Security Council", "Intelligence Committee" is "House Intelligence
 * Committee", "New Media" is "New Media Investment Group". Only when the
 * fuller name is the one candidate.
 */
function mergeContained(entries: Entry[]): Entry[] {
  const orgs = entries.filter((e) => e.type === 'org');
  return entries.filter((entry) => {
    if (entry.type !== 'org' || !entry.label.includes(' ')) return true;
    const short = entry.label.toLowerCase();
    const fuller = orgs.filter((o) => {
      const long = o.label.toLowerCase();
      if (o === entry || long.length <= short.length) return false;
      // "UN Security Council" names the "Security Council"; "New White House" is the White House, newly staffed.
      if (long.endsWith(` ${short}`)) return long.slice(0, -short.length - 1).split(' ').every((w) => !lexTags(w).has('Adjective'));
      return long.startsWith(`${short} `) && long.slice(short.length + 1).split(' ').every((w) => CORPORATE_WORDS.has(w.replace(/\.$/, '')));
    });
    const only = fuller.length === 1 ? fuller[0] : undefined;
    if (!only) return true;
    only.count += entry.count;
    only.order = Math.min(only.order, entry.order);
    return false;
  });
}

// "Sierra Nevada Corp." and "Sierra Nevada Corporation"; "McClatchy Co." and "McClatchy".
const CORPORATE = /\s+(?:corp|corporation|inc|incorporated|co|company|ltd|limited|llc|plc)$/;

function mergeCompanies(entries: Entry[]): Entry[] {
  const kept: Entry[] = [];
  for (const entry of [...entries].sort((a, b) => a.order - b.order)) {
    const key = entry.label.toLowerCase().replace(CORPORATE, '');
    const same = entry.type === 'org' ? kept.find((k) => k.type === 'org' && k.label.toLowerCase().replace(CORPORATE, '') === key) : undefined;
    if (same) absorb(same, entry);
    else kept.push(entry);
  }
  return kept;
}

/** One entity per name, most mentioned first. */
export function mergeMentions(candidates: Candidate[]): Entity[] {
  const entries = mergeContained(mergeCompanies(mergeAcronyms(foldIntoPeople(mergePeople(gather(candidates))))));
  return entries
    .filter((e): e is Entry & { type: EntityType } => e.type !== null && !e.firstNameOnly)
    // A one-word person nobody named in full is kept only if a title said it was a person ("President Trump").
    .filter((e) => e.type !== 'person' || e.label.includes(' ') || e.titled)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ label, type, count }) => ({ label, type, count }));
}

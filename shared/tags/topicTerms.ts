import { stemmer } from 'stemmer';
import { words } from '../search/tokenize';

/**
 * Words as topic suggestion compares them: folded, Porter-stemmed (so
 * "economic" meets "economy" and "elections" meets "election", which the
 * search index's lighter stem keeps apart on purpose), and without the
 * function words and the filler the vocabulary's definitions are written in.
 */

const STOP = new Set(
  (
    'a about above after again against all also an and any are as at be been before being below between both but by can could did do does doing down during each ' +
    'few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or ' +
    'other our out over own said same she should so some such than that the their them then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your ' +
    // The vocabulary's own filler: "All forms of…", "Issues related to…", "including…".
    'activity activities area aspect aspects form forms general including include includes involving issue issues kind kinds matter matters news other others ' +
    'related relating relate regarding type types use used using various via etc e g eg ie particular specific especially thing things way ways people person'
  ).split(' '),
);

/** The comparable terms of a text, in order (stop words dropped). */
export function topicTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word)) continue;
    out.push(stemmer(word));
  }
  return out;
}

/** Each term with the first word that produced it, for saying why a topic was suggested. */
export function termsWithWords(text: string): Array<[term: string, word: string]> {
  const out: Array<[string, string]> = [];
  for (const word of words(text)) {
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word)) continue;
    out.push([stemmer(word), word]);
  }
  return out;
}

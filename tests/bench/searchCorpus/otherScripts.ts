import { CYRILLIC_WORDS, GREEK_WORDS } from './pools';
import type { Random } from './random';

/**
 * Paragraphs in Russian and Greek words, so the index meets scripts other
 * than Latin (case folding, word splitting). The words are real; the
 * sentences are random strings of them.
 */
export type Script = 'cyrillic' | 'greek';

export function pickScript(random: Random): Script {
  return random.chance(0.6) ? 'cyrillic' : 'greek';
}

export function otherScriptParagraph(random: Random, script: Script): string {
  return Array.from({ length: random.between(2, 4) }, () => otherScriptSentence(random, script, random.between(7, 18))).join(' ');
}

export function otherScriptHeadline(random: Random, script: Script): string {
  return otherScriptSentence(random, script, random.between(4, 8)).replace(/\.$/, '');
}

function otherScriptSentence(random: Random, script: Script, length: number): string {
  const vocabulary = script === 'cyrillic' ? CYRILLIC_WORDS : GREEK_WORDS;
  const text = Array.from({ length }, () => random.pick(vocabulary)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

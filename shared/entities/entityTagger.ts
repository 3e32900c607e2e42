import type { Tag } from '../model';
import { classify, type Candidate } from './entityClassify';
import { findMentions, type CaseEvidence } from './entityMentions';
import { mergeMentions } from './entityMerge';
import { NAME_JOINERS } from './entityNames';
import { readParagraph, type Word } from './entityWords';

/**
 * People, places and organisations named in an article, as entity tags.
 *
 * compromise tags each word (Person, Place, Organization…) but its own
 * people()/places() groupings cut names badly in news copy (it reads
 * "Secretary of State Antony Blinken" as the place "State Antony"). So the
 * tagger reads the words itself (entityWords), finds the runs of capitalised
 * words that are names (entityMentions), decides what each names
 * (entityClassify) and folds variants together (entityMerge).
 */

/** Entity tags for an article's body paragraphs, most mentioned first. */
export function extractEntities(paragraphs: string[]): Tag[] {
  const read = paragraphs.map((text) => readParagraph(text));
  const evidence = caseEvidence(read.map((p) => p.words));
  const candidates: Candidate[] = [];
  for (const { words, headline } of read) {
    for (const mention of findMentions(words, evidence, headline)) {
      const candidate = classify(mention);
      if (candidate) candidates.push(candidate);
    }
  }
  return mergeMentions(candidates).map(({ label, type }) => ({ label, kind: 'entity', code: null, entity: type }));
}

/**
 * How the article itself writes each word where a capital means something.
 * "Volker" capitalised in mid-sentence makes "Volker said" at a sentence's
 * start a name; "plague" in lower case makes "Plague can be fatal" not one.
 * A capitalised word standing alone ("Gannett, GateHouse and …") is a name
 * by itself, so "Gannett and GateHouse Media" is two names, where "Customs
 * and Border Protection", never alone, is one.
 */
function caseEvidence(paragraphs: Word[][]): CaseEvidence {
  const evidence: CaseEvidence = new Map();
  const capital = (word: Word | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word.text);
  for (const words of paragraphs) {
    words.forEach((word, i) => {
      if (word.freeCase || !/^\p{L}/u.test(word.text)) return;
      const seen = evidence.get(word.lower) ?? { capital: 0, lower: 0, alone: 0 };
      if (capital(word)) {
        seen.capital++;
        const previous = words[i - 1];
        const next = words[i + 1];
        const joined = next !== undefined && NAME_JOINERS.has(next.lower) && capital(words[i + 2]);
        if ((!previous || previous.stop || !capital(previous)) && (word.stop || !next || (!capital(next) && !joined))) seen.alone++;
      } else {
        seen.lower++;
      }
      evidence.set(word.lower, seen);
    });
  }
  return evidence;
}

import type { Tag } from '../model';
import { mediaTopicCode, type MediaTopics } from './mediaTopics';
import { labelKey } from './tagLabel';
import { termsWithWords, topicTerms } from './topicTerms';

/** What an article offers the suggester. */
export interface SuggestInput {
  headline: string;
  /** The body as plain text. */
  text: string;
  /** Its source and entity tags: the source's own subjects and the names in it. */
  tags: readonly Tag[];
}

export interface TopicSuggestion {
  code: string;
  label: string;
  /** Where it sits: "economy, business and finance › economy › interest rates". */
  path: string;
  score: number;
  /** The words in the article (or the source's subject) that led to it, strongest first. */
  reason: string[];
}

interface TopicTerms {
  code: string;
  /** Term → weight in this topic: label words count three times a definition's. */
  weights: Map<string, number>;
  /** The label's terms in order, for a phrase match ("interest rates"). */
  labelPhrase: string[];
  norm: number;
}

const LABEL_WEIGHT = 3;
const DEFINITION_WEIGHT = 1;
const HEADLINE_REPEAT = 3;
/** A child's score lifts its parent by this share, so a broad topic wins when several of its children match. */
const PARENT_SHARE = 0.35;
/**
 * Below this a match is a coincidence of common words ("officials", "year"),
 * not a topic. Raising it from 1.2 to 6 left the evaluation's hit rate as
 * it was (`npm run bench -- tags`), so it costs nothing to stay quiet.
 */
const MIN_SCORE = 5;

/**
 * Suggests IPTC Media Topics for an article by matching its words against
 * each topic's label and definition, weighted like tf-idf: a word that
 * appears in few topics (e.g. "wildfire") says more than one in many
 * ("government"). Headline words count more than body words, a label's
 * whole phrase appearing in the text counts double, and a subject the
 * source itself sent (a Media Topic code, or a category named like a
 * topic) is taken almost as given. `npm run bench -- tags` measures it.
 */
export class TopicSuggester {
  private readonly topics: TopicTerms[] = [];
  private readonly idf = new Map<string, number>();
  private readonly byLabel = new Map<string, string>();

  constructor(private readonly vocabulary: MediaTopics) {
    const df = new Map<string, number>();
    for (const topic of vocabulary.active()) {
      const weights = new Map<string, number>();
      const labelPhrase = topicTerms(topic.label);
      for (const term of labelPhrase) weights.set(term, Math.max(weights.get(term) ?? 0, LABEL_WEIGHT));
      for (const term of topicTerms(topic.definition)) if (!weights.has(term)) weights.set(term, DEFINITION_WEIGHT);
      for (const term of weights.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      this.topics.push({ code: topic.code, weights, labelPhrase, norm: 0 });
      this.byLabel.set(labelKey(topic.label), topic.code);
    }
    const n = this.topics.length;
    for (const [term, count] of df) this.idf.set(term, Math.log(1 + n / count));
    for (const topic of this.topics) {
      let sum = 0;
      for (const [term, weight] of topic.weights) sum += (weight * (this.idf.get(term) ?? 0)) ** 2;
      topic.norm = Math.sqrt(sum) || 1;
    }
  }

  suggest(input: SuggestInput, options: { limit?: number; exclude?: ReadonlySet<string> } = {}): TopicSuggestion[] {
    const limit = options.limit ?? 5;
    const exclude = options.exclude ?? new Set<string>();
    const { counts, wordOf, sequence } = this.readArticle(input);
    const scores = new Map<string, { score: number; reasons: Map<string, number> }>();
    const credit = (code: string, score: number, word: string): void => {
      const entry = scores.get(code) ?? { score: 0, reasons: new Map<string, number>() };
      entry.score += score;
      entry.reasons.set(word, (entry.reasons.get(word) ?? 0) + score);
      scores.set(code, entry);
    };

    const phrases = new Set<string>();
    for (let i = 0; i < sequence.length; i++) phrases.add(`${sequence[i] ?? ''} ${sequence[i + 1] ?? ''}`);
    for (const topic of this.topics) {
      // A label of several words counts as a label only when read as a
      // phrase: "New year" is not named by an article with "new" and "year".
      const phrase = topic.labelPhrase.length < 2 || topic.labelPhrase.every((t, i) => i === 0 || phrases.has(`${topic.labelPhrase[i - 1] ?? ''} ${t}`));
      let score = 0;
      const matched: Array<[string, number]> = [];
      for (const [term, weight] of topic.weights) {
        const tf = counts.get(term);
        if (!tf) continue;
        const part = ((phrase ? weight : DEFINITION_WEIGHT) * (this.idf.get(term) ?? 0) * tf) / (tf + 2);
        score += part;
        matched.push([term, part]);
      }
      if (score === 0) continue;
      const total = ((phrase && topic.labelPhrase.length >= 2 ? 2 : 1) * score * 6) / Math.sqrt(topic.norm);
      for (const [term, part] of matched) credit(topic.code, (total * part) / score, wordOf.get(term) ?? term);
    }
    for (const tag of input.tags) {
      if (tag.kind !== 'source') continue;
      const code = (tag.code && mediaTopicCode(tag.code)) ?? this.byLabel.get(labelKey(tag.label));
      if (code && this.vocabulary.get(code)?.retired === false) credit(code, 20, tag.label);
    }
    // Lift parents by their best child, once per level, deepest first.
    for (const level of [4, 3, 2]) {
      for (const [code, entry] of [...scores]) {
        const topic = this.vocabulary.get(code);
        if (topic?.level !== level || !topic.parent) continue;
        const parent = scores.get(topic.parent) ?? { score: 0, reasons: new Map<string, number>() };
        const lift = entry.score * PARENT_SHARE;
        if (lift > parent.score * PARENT_SHARE) {
          parent.score += lift - parent.score * PARENT_SHARE;
          for (const [word, part] of entry.reasons) parent.reasons.set(word, Math.max(parent.reasons.get(word) ?? 0, part * PARENT_SHARE));
        }
        scores.set(topic.parent, parent);
      }
    }
    const ranked = [...scores]
      .filter(([code, entry]) => entry.score >= MIN_SCORE && !exclude.has(code) && this.vocabulary.get(code)?.retired === false)
      .sort((a, b) => b[1].score - a[1].score);
    const out: TopicSuggestion[] = [];
    for (const [code, entry] of ranked) {
      if (out.length >= limit) break;
      // One suggestion per line of descent: "economy" beside "interest rates" says little more.
      if (out.some((s) => this.vocabulary.isWithin(code, s.code) || this.vocabulary.isWithin(s.code, code))) continue;
      const topic = this.vocabulary.get(code);
      if (!topic) continue;
      const reason = [...entry.reasons].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([word]) => word);
      out.push({ code, label: topic.label, path: this.vocabulary.path(code), score: Math.round(entry.score * 100) / 100, reason });
    }
    return out;
  }

  private readArticle(input: SuggestInput): { counts: Map<string, number>; wordOf: Map<string, string>; sequence: string[] } {
    const counts = new Map<string, number>();
    const wordOf = new Map<string, string>();
    const sequence: string[] = [];
    const read = (text: string, repeat: number): void => {
      for (const [term, word] of termsWithWords(text)) {
        counts.set(term, (counts.get(term) ?? 0) + repeat);
        if (!wordOf.has(term)) wordOf.set(term, word);
        sequence.push(term);
      }
      sequence.push('');
    };
    // Words inside an organisation's name are not about the topic: "Center
    // for Public Relations" is not a story about public relations. (Taking
    // people's and places' names out too cost 3 points of hit rate: "Wall
    // Street" and "White House" say something about the story.)
    const names = input.tags.filter((tag) => tag.kind === 'entity' && tag.entity === 'org' && tag.label.includes(' ')).map((tag) => tag.label);
    const withoutNames = (text: string): string => names.reduce((out, name) => out.split(name).join(' · '), text);
    read(withoutNames(input.headline), HEADLINE_REPEAT);
    read(withoutNames(input.text), 1);
    for (const tag of input.tags) if (tag.kind === 'source') read(tag.label, 1);
    return { counts, wordOf, sequence };
  }
}

import type { EntityType } from '../../../shared/model';
import type { StorySource } from './readStory';

/** An entity a reader of the story would tag, and what it is. */
export interface ExpectedEntity {
  label: string;
  entity: EntityType;
}

/**
 * A real news story and what its tags must be, written by hand after reading
 * it: entities that must be there with their type, and labels that must not
 * (junk a tagger has produced, lone first names, spellings that should have
 * been merged into another tag).
 */
export interface EntityStory {
  id: string;
  /** What the story is, for whoever reads a failure. */
  about: string;
  source: StorySource;
  expected: ExpectedEntity[];
  forbidden: string[];
}

const of = (entity: EntityType) => (...labels: string[]): ExpectedEntity[] => labels.map((label) => ({ label, entity }));
export const people = of('person');
export const places = of('place');
export const orgs = of('org');

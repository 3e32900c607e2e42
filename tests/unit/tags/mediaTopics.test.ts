import { describe, expect, it } from 'vitest';
import { MediaTopics, mediaTopicCode } from '../../../shared/tags/mediaTopics';
import { RAW_TOPICS, vocabulary } from './vocabularyFixture';

describe('the IPTC Media Topics vocabulary', () => {
  it('loads all 1,372 topics, 17 at the top, up to 4 levels deep', () => {
    const topics = vocabulary();
    expect(topics.size).toBe(1372);
    expect(topics.children(null)).toHaveLength(17);
    expect(Math.max(...[...topics.byCode.values()].map((t) => t.level))).toBe(4);
    // Every topic below the top has its parent in the file, one level up.
    for (const topic of topics.byCode.values()) {
      if (topic.level === 1) continue;
      expect(topics.get(topic.parent ?? '')?.level, topic.code).toBe(topic.level - 1);
    }
  });

  it('gives each topic its path from the top, as archivists read it', () => {
    const topics = vocabulary();
    const war = [...topics.byCode.values()].find((t) => t.label === 'war' && !t.retired);
    expect(war).toBeDefined();
    expect(topics.path(war?.code ?? '')).toBe('conflict, war and peace › armed conflict › war');
    expect(topics.lineage(war?.code ?? '').map((t) => t.level)).toEqual([1, 2, 3]);
    expect(topics.isWithin(war?.code ?? '', 'medtop:16000000')).toBe(true);
    expect(topics.isWithin('medtop:16000000', war?.code ?? '')).toBe(false);
  });

  it('keeps retired topics readable but never offers them', () => {
    const topics = vocabulary();
    const retired = RAW_TOPICS.filter((t) => t.retired !== null);
    expect(retired.length).toBe(273);
    expect(topics.get('medtop:20000030')).toMatchObject({ label: 'music theatre', retired: true });
    expect(topics.active().some((t) => t.retired)).toBe(false);
    expect(topics.active()).toHaveLength(1372 - 273);
  });

  it('files a topic whose parent is missing at the top instead of losing its subtree', () => {
    const topics = new MediaTopics([
      { qcode: 'medtop:1', label: 'orphan', definition: '', parent: 'medtop:missing', level: 2, retired: null },
      { qcode: 'medtop:2', label: 'child', definition: '', parent: 'medtop:1', level: 3, retired: null },
    ]);
    expect(topics.children(null).map((t) => t.label)).toEqual(['orphan']);
    expect(topics.path('medtop:2')).toBe('orphan › child');
  });

  it('reads a topic code from either form sources send', () => {
    expect(mediaTopicCode('medtop:04000000')).toBe('medtop:04000000');
    expect(mediaTopicCode('http://cv.iptc.org/newscodes/mediatopic/20000002')).toBe('medtop:20000002');
    expect(mediaTopicCode('subj:04000000')).toBeNull();
    expect(mediaTopicCode('medtop:123')).toBeNull();
  });
});

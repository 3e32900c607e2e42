import { useEffect, useRef, type RefObject } from 'react';
import { hitRanges } from '../../../shared/search/snippet';
import { useCommandHandlers } from '../../commands/CommandContext';

export interface Highlight {
  words: string[];
  prefixes: string[];
}

/**
 * Marks the search's hits in an article body (text nodes only, so no HTML
 * is ever built from text), and lets ] / [ jump to the next and previous
 * hit. The body's HTML is React's, set whole; the marks are added after
 * each time it is set.
 */
export function useHitHighlights(container: RefObject<HTMLElement | null>, html: string, highlight: Highlight | null): void {
  const current = useRef(-1);
  useEffect(() => {
    const root = container.current;
    current.current = -1;
    if (!root) return;
    // The body's HTML is set again only when it changes: marks from an earlier search are taken out first.
    for (const old of root.querySelectorAll('mark.hit')) old.replaceWith(old.textContent);
    root.normalize();
    if (!highlight || highlight.words.length + highlight.prefixes.length === 0) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    for (const node of nodes) {
      const text = node.data;
      const ranges = hitRanges(text, highlight.words, highlight.prefixes);
      if (ranges.length === 0) continue;
      const pieces = document.createDocumentFragment();
      let at = 0;
      for (const [start, end] of ranges) {
        if (start > at) pieces.append(text.slice(at, start));
        const mark = document.createElement('mark');
        mark.className = 'hit';
        mark.textContent = text.slice(start, end);
        pieces.append(mark);
        at = end;
      }
      if (at < text.length) pieces.append(text.slice(at));
      node.replaceWith(pieces);
    }
  }, [container, html, highlight]);

  // ] and [ step through the hits (commands, so they can be remapped), only while there are some.
  const step = (by: 1 | -1): void => {
    const hits = [...(container.current?.querySelectorAll<HTMLElement>('mark.hit') ?? [])];
    if (hits.length === 0) return;
    hits[current.current]?.classList.remove('is-current');
    current.current = (current.current + by + hits.length) % hits.length;
    const hit = hits[current.current];
    hit?.classList.add('is-current');
    hit?.scrollIntoView({ block: 'center' });
  };
  useCommandHandlers(highlight ? { 'article.nextHit': () => step(1), 'article.previousHit': () => step(-1) } : {});
}

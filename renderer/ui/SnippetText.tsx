import type { ReactNode } from 'react';
import type { SnippetPart } from '../../shared/search/snippet';

/** A snippet with its hits marked; each part is a text node, so nothing in it is ever read as HTML. */
export function SnippetText({ parts }: { parts: SnippetPart[] }): ReactNode {
  return (
    <>
      {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

import { useState, type ReactNode } from 'react';
import { useArchive } from '../../archive/ArchiveContext';
import { takeStoryFromPage } from '../../archive/pageStory';
import { useHost } from '../../host/HostContext';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/**
 * "Fetch the full story": for an article whose source gave only part of it.
 * The page is fetched by the host (the renderer makes no requests of its
 * own), and the result is said in words: taken, nothing more there, or why not.
 */
export function FetchStoryButton({ articleId }: { articleId: string }): ReactNode {
  const db = useArchive();
  const host = useHost();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async (): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const outcome = await takeStoryFromPage(db, host.api, articleId);
      if (!outcome.ok) setState({ kind: 'error', text: `${outcome.error} The article stays as it was.` });
      else setState({ kind: 'done', text: outcome.changed ? 'The full story from the page is now in the archive; the earlier text is kept as a version.' : 'The page has no more of the story than the archive already keeps.' });
    } catch (error) {
      setState({ kind: 'error', text: `The page could not be fetched: ${error instanceof Error ? error.message : String(error)}. Check the connection and try again.` });
    }
  };
  return (
    <div className="fetch-story">
      <button type="button" className="button" onClick={() => void run()} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? 'Fetching the page…' : 'Fetch the full story'}
      </button>
      {(state.kind === 'done' || state.kind === 'error') && (
        <span className={state.kind === 'error' ? 'fetch-story-error' : 'fetch-story-done'} role={state.kind === 'error' ? 'alert' : 'status'}>
          {state.text}
        </span>
      )}
    </div>
  );
}

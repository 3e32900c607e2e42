import type { SearchRequest, SearchResponse, SearchStatus, WorkerMessage, WorkerRequest } from './searchProtocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
// A worker request without its id (each WorkerRequest variant, as asked)
type Ask = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The UI thread's side of the search worker: requests as promises, and the
 * index's status as it changes. One client (and one worker) per window.
 * The worker starts when woken (the reader wakes it once its list shows) or
 * asked something: opening a saved index of 100,000 articles takes seconds
 * of a core, and while it shared the two cores with the first screen that
 * screen came 65 ms later (median of 8 loads, `npm run bench -- ui`).
 */
export class SearchClient {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(status: SearchStatus) => void>();
  status: SearchStatus = { state: 'loading', documents: 0 };
  /** Bumped whenever the index reports a change: what depends on its contents asks again. */
  generation = 0;

  private worker: Worker | null = null;

  constructor(private readonly spawn: () => Worker) {}

  static start(): SearchClient {
    return new SearchClient(() => new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' }));
  }

  /** Starts the worker, which opens the index, unless it has started. */
  wake(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if ('status' in message) {
        this.status = message.status;
        this.generation++;
        for (const listener of this.listeners) listener(message.status);
        return;
      }
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.error));
    };
    return worker;
  }

  onStatus(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.ask({ kind: 'search', request }) as Promise<SearchResponse>;
  }

  counts(queries: string[]): Promise<number[]> {
    return this.ask({ kind: 'counts', queries }) as Promise<number[]>;
  }

  /** Every article the query matches (no ranking, no snippets). */
  ids(query: string): Promise<string[]> {
    return this.ask({ kind: 'ids', query }) as Promise<string[]>;
  }

  /** The archive changed: the worker reads the change queue. */
  changed(): Promise<unknown> {
    return this.ask({ kind: 'changed' });
  }

  save(): Promise<unknown> {
    return this.ask({ kind: 'save' });
  }

  rebuild(): Promise<unknown> {
    return this.ask({ kind: 'rebuild' });
  }

  private ask(message: Ask): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: WorkerRequest = { ...message, id };
      this.wake().postMessage(request);
    });
  }
}

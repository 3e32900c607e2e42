import type { ComponentType, ReactNode } from 'react';
import { lazyChunk, useLazyChunk } from './lazyChunk';

/** A component whose code is fetched after launch, with a way to fetch it ahead of use. */
export interface Deferred<P> {
  (props: P): ReactNode;
  /** Fetches and evaluates the component's code now; resolves once it can render. */
  load(): Promise<void>;
}

/**
 * A component left out of the first bundle: screens and dialogs the first
 * screen does not show. The reader calls load() once the list is on screen,
 * so by the time one is opened its code is usually here and it renders in
 * the same commit; opened before that, it renders nothing until its code
 * arrives (a few milliseconds from the app's own files). React.lazy would
 * need a Suspense boundary and a fallback for that moment; this needs neither.
 */
export function deferred<P extends object>(importer: () => Promise<ComponentType<P>>): Deferred<P> {
  const chunk = lazyChunk(importer);
  function DeferredComponent(props: P): ReactNode {
    const Component = useLazyChunk(chunk);
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(DeferredComponent, { load: () => chunk.load().then(() => undefined) });
}

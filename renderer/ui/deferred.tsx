import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

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
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const load = (): Promise<void> =>
    (loading ??= importer().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // Asked again next time: a file the app ships should not fail twice, but nothing is lost by trying.
        loading = null;
        throw error;
      },
    ));

  function DeferredComponent(props: P): ReactNode {
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        () => live && setArrived(true),
        (error: unknown) => console.error('A part of the reader could not be loaded; restarting it should help.', error),
      );
      return () => {
        live = false;
      };
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(DeferredComponent, { load });
}

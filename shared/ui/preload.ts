// A view part loaded in its own chunk after first paint. The view renders it only once its chunk
// is in (useLoaded), never through React.lazy/Suspense: a boundary that once showed its fallback
// holds revealed content back by up to 300 ms (React's Suspense throttle), so the first search
// results and the first suggestion appeared a third of a second late.
import { useEffect, useState, type ComponentType } from 'react';
import { debug } from '../core/model/debug';

export interface Preloadable<P> {
  /** Starts loading the chunk (once). */
  preload(): Promise<void>;
  /** The component once its chunk is in, else null. */
  loaded(): ComponentType<P> | null;
}

export function preloadable<P>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  return {
    preload: () =>
      (pending ??= load().then((c) => {
        loaded = c;
      })),
    loaded: () => loaded,
  };
}

/** The component once its chunk is in (starting the load if need be), else null; re-renders when it arrives. */
export function useLoaded<P>(part: Preloadable<P>): ComponentType<P> | null {
  const [component, setComponent] = useState(() => part.loaded());
  useEffect(() => {
    if (component) return;
    let live = true;
    part.preload().then(
      () => {
        // A function is stored as it is, not called as an updater.
        if (live) setComponent(() => part.loaded());
      },
      (error: unknown) => debug('ui: load a view part', error),
    );
    return () => {
      live = false;
    };
  }, [part, component]);
  return component ?? part.loaded();
}

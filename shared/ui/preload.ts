// A view part loaded in its own chunk after first paint, that renders without suspending once it
// is in. React.lazy suspends on a component's first render even when its chunk has already loaded,
// and React then holds the revealed content back by up to 300 ms (its Suspense throttle): the
// first search results and the first suggestion appeared a third of a second late.
import { lazy, type ComponentType } from 'react';

export interface Preloadable<P> {
  /** Starts loading the chunk (once). */
  preload(): Promise<void>;
  /** The component itself once loaded; until then a lazy one to render inside <Suspense>. */
  current(): ComponentType<P>;
}

export function preloadable<P>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () => (pending ??= load().then((c) => (loaded = c)));
  const Lazy = lazy(() => get().then((c) => ({ default: c })));
  return {
    preload: () => get().then(() => undefined),
    current: () => loaded ?? Lazy,
  };
}

// The router's model, loaded after first paint: it is the largest piece of data the views
// use, so it sits in its own chunk (a lazy import()) and the first-load budgets hold.
import { useEffect, useState } from 'react';
import type { RouterModel } from '../core/assist/model';

let loaded: RouterModel | null = null;
let loading: Promise<RouterModel> | null = null;

export function loadRouterModel(): Promise<RouterModel> {
  loading ??= import('../core/assist/default-model').then((m) => (loaded = m.DEFAULT_MODEL));
  return loading;
}

/** The model once its chunk has loaded (null until then: the view waits to route). */
export function useRouterModel(): RouterModel | null {
  const [model, setModel] = useState(loaded);
  useEffect(() => {
    if (!model) void loadRouterModel().then(setModel);
  }, [model]);
  return model;
}

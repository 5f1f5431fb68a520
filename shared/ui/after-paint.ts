// "After first paint", as a promise: the heavy parts a view loads later (the router and its
// model) wait for the frame that shows the view, so they never delay it. A chunk the page has
// preloaded is ready the moment it is asked for, so asking inside the first render's effects
// could run it before the browser paints.

/** How long a page that draws no frames (a hidden one) waits instead. */
const NO_FRAME_MS = 250;

export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const frame = (globalThis as { requestAnimationFrame?: (f: () => void) => number }).requestAnimationFrame;
    // A hidden page draws no frame: it goes on after a while instead of never.
    const fallback = setTimeout(resolve, NO_FRAME_MS);
    if (!frame) {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
      return;
    }
    // A frame callback runs just before the paint; a task queued from it runs after that paint.
    frame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

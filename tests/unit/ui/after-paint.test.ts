// afterPaint: the router waits for the frame that shows the view, then a task (so after that
// frame's paint); a page that draws no frame goes on after a while instead of never.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../shared/ui/after-paint';

let frames: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function started() {
  const state = { done: false };
  void afterPaint().then(() => {
    state.done = true;
  });
  return state;
}

describe('afterPaint', () => {
  it('waits for the next frame, then for a task after it', async () => {
    const state = started();
    await vi.advanceTimersByTimeAsync(100);
    expect(state.done).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]?.();
    // Still inside the frame: the paint has not happened yet.
    await Promise.resolve();
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
  });

  it('goes on in a page that draws no frame (hidden)', async () => {
    const state = started();
    await vi.advanceTimersByTimeAsync(1000);
    expect(state.done).toBe(true);
    expect(frames).toHaveLength(1);
  });
});

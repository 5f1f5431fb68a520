// mulberry32: a tiny seeded generator, the same on every machine. The one PRNG of the project:
// training (shuffles), the corpus build, the bench inputs and the hostile test inputs all draw
// from it, so a fixed seed always gives the same numbers. Not for anything secret.
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

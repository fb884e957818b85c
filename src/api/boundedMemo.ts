/**
 * A memo of at most `max` entries keyed by string, the oldest dropped first: `remember(key,
 * compute)` returns the kept value or computes, keeps and returns it. For per-query work the API
 * repeats on every request (compiled operations, limit verdicts); `null` is kept like any value.
 */
export function boundedMemo<V>(max: number): (key: string, compute: () => V) => V {
  const kept = new Map<string, V>();
  return (key, compute) => {
    if (kept.has(key)) return kept.get(key)!;
    const value = compute();
    if (kept.size >= max) kept.delete(kept.keys().next().value!);
    kept.set(key, value);
    return value;
  };
}

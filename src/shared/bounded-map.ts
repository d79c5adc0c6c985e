/** Keeps `value` under `key`, dropping the oldest entry when the map is full. */
export function remember<V>(map: Map<string, V>, key: string, value: V, maxEntries: number): void {
  const oldest = map.keys().next();
  if (map.size >= maxEntries && !oldest.done) map.delete(oldest.value);
  map.set(key, value);
}

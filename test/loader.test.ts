import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { allLoaded, load, loadRequired, mapLoaded, prime } from '../src/shared/db/loader.js';

/** A loader over a fixed table that records every batch it is asked for. */
function tableLoader(table: Record<string, { name: string } | null>) {
  const batches: string[][] = [];
  const loader = new DataLoader<string, { name: string } | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => table[key] ?? null);
  });
  return { loader, batches };
}

describe('values primed from a parent’s statement', () => {
  it('answer at once, the very object primed, without a batch', async () => {
    const { loader, batches } = tableLoader({ '1': { name: 'read by the loader' } });
    const unit = { name: 'read with its parent' };
    prime(loader, '1', unit);
    expect(load(loader, '1')).toBe(unit);
    expect(loadRequired(loader, '1', 'unit')).toBe(unit);
    // The loader's own cache holds the same object, for paths that load it.
    expect(await loader.load('1')).toBe(unit);
    expect(batches).toEqual([]);
  });

  it('keep the first value primed for a key, as DataLoader does', async () => {
    const { loader } = tableLoader({});
    const first = { name: 'first' };
    prime(loader, '1', first);
    prime(loader, '1', { name: 'second' });
    expect(load(loader, '1')).toBe(first);
    expect(await loader.load('1')).toBe(first);
  });

  it('are the loader’s own: another loader of the same rows (a request’s next, or after a write) loads them', async () => {
    const before = tableLoader({ '1': { name: 'as written' } });
    prime(before.loader, '1', { name: 'before the write' });
    const after = tableLoader({ '1': { name: 'as written' } });
    const loaded = load(after.loader, '1');
    expect(loaded).toBeInstanceOf(Promise);
    expect(await loaded).toEqual({ name: 'as written' });
    expect(after.batches).toEqual([['1']]);
  });

  it('leave other keys to the loader, batched, and a missing required row an error', async () => {
    const { loader, batches } = tableLoader({ '2': { name: 'two' } });
    prime(loader, '1', { name: 'one' });
    const two = loadRequired(loader, '2', 'unit');
    const three = loadRequired(loader, '3', 'unit');
    expect(two).toBeInstanceOf(Promise);
    expect(await two).toEqual({ name: 'two' });
    await expect(three).rejects.toThrow('unit 3 is missing');
    expect(batches).toEqual([['2', '3']]);
  });

  it('map at once what is known at once, and after loading what is not', async () => {
    expect(mapLoaded(2, (n) => n * 3)).toBe(6);
    const later = mapLoaded(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
    expect(await mapLoaded(2, (n) => Promise.resolve(n + 1))).toBe(3);
  });

  it('gather at once what is all known at once, and in order after loading what is not', async () => {
    const known = [1, 2];
    expect(allLoaded(known)).toEqual([1, 2]);
    expect(allLoaded([])).toEqual([]);
    const mixed = allLoaded([1, Promise.resolve(2), 3]);
    expect(mixed).toBeInstanceOf(Promise);
    expect(await mixed).toEqual([1, 2, 3]);
  });
});

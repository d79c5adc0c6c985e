import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DeactivateUserDocument,
  ReactivateUserDocument,
  UpdateViewerPreferencesDocument,
  ViewerAccountDocument,
} from './generated/graphql.js';
import { ViewerCache } from '../src/shared/auth/viewer-cache.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';

// A user's account serves their requests for VIEWER_CACHE_SECONDS without being read again: a
// change made in the same process counts from the next request, one made through another replica
// once those seconds have passed (on the servers' shared clock).

const CACHE = { VIEWER_CACHE_SECONDS: '3' };

let first: TestApp;
let second: TestApp;
beforeAll(async () => {
  first = await startApp({ env: CACHE });
  second = await startApp({ env: CACHE, replicaOf: first });
});
afterAll(async () => {
  await second.close();
  await first.close();
});
afterEach(() => first.clock.reset());

const account = (app: TestApp, as: string) => app.gql(ViewerAccountDocument, {}, { as });

async function officerId(): Promise<string> {
  return (await first.ok(ViewerAccountDocument, {}, { as: 'officer' })).viewer.id;
}

describe('the viewer cache', () => {
  it("reads a user's account once for a burst of their requests", async () => {
    first.clock.set(new Date());
    const cold = await first.countStatements(() => account(first, 'inspector'));
    const warm = await first.countStatements(() => account(first, 'inspector'));
    expect(warm).toBe(cold - 1);
  });

  it('refuses a deactivated user from the next request in the process that deactivated them', async () => {
    first.clock.set(new Date());
    const id = await officerId();
    try {
      await first.ok(DeactivateUserDocument, { input: { userId: id } });
      expect(errorCodes(await account(first, 'officer'))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await first.ok(ReactivateUserDocument, { input: { userId: id } });
    }
    expect((await account(first, 'officer')).data?.viewer.login).toBe('officer');
  });

  it('answers in a language saved by the request before', async () => {
    first.clock.set(new Date());
    expect((await account(first, 'coordinator')).data?.viewer.language).toBeNull();
    try {
      await first.ok(UpdateViewerPreferencesDocument, { input: { language: 'EN' } }, { as: 'coordinator' });
      expect((await account(first, 'coordinator')).data?.viewer.language).toBe('EN');
    } finally {
      await first.ok(UpdateViewerPreferencesDocument, { input: { language: null } }, { as: 'coordinator' });
    }
  });

  it('refuses a user deactivated through another replica once the cache seconds have passed there', async () => {
    const start = Date.now();
    first.clock.set(new Date(start));
    const id = await officerId();
    expect((await account(second, 'officer')).data?.viewer.login).toBe('officer');
    try {
      await first.ok(DeactivateUserDocument, { input: { userId: id } });
      expect(errorCodes(await account(first, 'officer'))).toEqual(['UNAUTHENTICATED']);
      // The replica still holds the account it read a moment ago…
      first.clock.set(new Date(start + 2_999));
      expect((await account(second, 'officer')).data?.viewer.login).toBe('officer');
      // …and reads it again once its entry is 3 seconds old.
      first.clock.set(new Date(start + 3_000));
      expect(errorCodes(await account(second, 'officer'))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await first.ok(ReactivateUserDocument, { input: { userId: id } });
    }
  });
});

describe('the viewer cache itself', () => {
  it('does not keep an account read before a write emptied it', () => {
    const cache = new ViewerCache<string>(3_000);
    const readAt = cache.mark();
    // A write commits (and empties the cache) while the account is being read.
    cache.forgetAll();
    cache.set('staff', 'account as read before the write', 0, readAt);
    expect(cache.get('staff', 1)).toBeUndefined();
    cache.set('staff', 'account read after it', 0, cache.mark());
    expect(cache.get('staff', 1)).toBe('account read after it');
    expect(cache.get('staff', 3_000)).toBeUndefined();
  });
});

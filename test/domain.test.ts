import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { todayIn } from '../src/shared/time.js';
import { fromGlobalId, keyOf, registerIdType, toGlobalId } from '../src/shared/graphql/global-id.js';
import { useIdSecret } from '../src/shared/graphql/opaque.js';
import { CommonErrorCode } from '../src/shared/errors/domain-error.js';
import { UnitErrorCode } from '../src/modules/unit/unit.errors.js';
import { Region } from '../src/modules/unit/region.entity.js';
import { Unit } from '../src/modules/unit/unit.entity.js';
import { UnitKind, UnitLevel } from '../src/modules/unit/unit.enums.js';
import { codeOf } from './support/rules.js';

// Rules that need no database.

const harbin = new Region('HRB', '哈尔滨市');
const unit = (code: string, id?: string) => {
  const u = new Unit({ code, name: code, kind: UnitKind.COURT, level: UnitLevel.PREFECTURE, region: harbin });
  if (id) u.id = id;
  return u;
};

describe('Unit', () => {
  it('normalises its code and requires a region below provincial level', () => {
    expect(unit(' hrb-fy ').code).toBe('HRB-FY');
    expect(codeOf(() => new Unit({ code: 'X-1', name: '某单位', kind: UnitKind.OTHER, level: UnitLevel.COUNTY, region: null }))).toBe(
      CommonErrorCode.INVALID_INPUT,
    );
    expect(codeOf(() => unit('bad code'))).toBe(CommonErrorCode.INVALID_INPUT);
    expect(codeOf(() => new Unit({ code: 'OK-1', name: '  ', kind: UnitKind.OTHER, level: UnitLevel.PROVINCE, region: null }))).toBe(
      CommonErrorCode.INVALID_INPUT,
    );
  });

  it('refuses to sit under itself or under one of its descendants', () => {
    const court = unit('HLJ-GY', '1');
    const child = unit('HRB-FY', '2');
    expect(codeOf(() => court.moveUnder(court, []))).toBe(UnitErrorCode.INVALID_PARENT);
    // child's ancestry: itself, then court.
    expect(codeOf(() => court.moveUnder(child, ['2', '1']))).toBe(UnitErrorCode.INVALID_PARENT);
    court.moveUnder(null, []);
    child.moveUnder(court, ['1']);
    expect(child.parent).toBe(court);
  });
});

describe('global IDs', () => {
  useIdSecret(randomBytes(32));
  registerIdType('Unit');
  registerIdType('Region');

  it('round-trip type and key, and refuse anything else as BAD_USER_INPUT', () => {
    const id = toGlobalId('Unit', '42');
    expect(fromGlobalId(id)).toEqual({ typename: 'Unit', key: '42' });
    expect(keyOf(id, 'Unit')).toBe('42');
    const legacy = Buffer.from('Unit:42').toString('base64url');
    for (const bad of ['', '!!!!', legacy, toGlobalId('unit', '1'), `${id}A`, id.slice(1)]) {
      expect(() => fromGlobalId(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    expect(() => keyOf(toGlobalId('Region', '1'), 'Unit')).toThrow(/not of a Unit/);
    expect(() => toGlobalId('Unit', 'abc')).toThrow(/not a row key/);
    expect(() => toGlobalId('Unit', '0')).toThrow(/not a row key/);
  });
});

describe('configuration', () => {
  const base = { DATA_DIR: '/tmp/reform-graph-config-test' };

  it('has working defaults for development', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', databaseUrl: undefined, corsOrigins: '*', nodeEnv: 'development' });
    expect(config.jwt.key.kind).toBe('secret');
  });

  it('stops a production server without a strong secret or with CORS open to all', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least 32 bytes/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CORS_ORIGINS: '*' })).toThrow(
      /explicit origins/,
    );
    const ok = loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CORS_ORIGINS: 'https://app.example.org' });
    expect(ok.corsOrigins).toEqual(['https://app.example.org']);
  });

  it('bounds the heap’s growth by default, and takes a whole percent or 0 for V8’s own rule', () => {
    expect(loadConfig(base).heapGrowingPercent).toBe(100);
    expect(loadConfig({ ...base, HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ ...base, HEAP_GROWING_PERCENT: 'half' })).toThrow(
      /HEAP_GROWING_PERCENT must be a whole number from 0 to 1000/,
    );
    expect(() => loadConfig({ ...base, HEAP_GROWING_PERCENT: '5000' })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it('reports every problem at once, clearly', () => {
    try {
      loadConfig({ ...base, PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT must be a port number/);
      expect(message).toMatch(/LOG_LEVEL must be one of/);
      expect(message).toMatch(/DATABASE_URL must be a postgres/);
    }
  });
});

describe('today in a time zone', () => {
  it('turns at local midnight, also when asked again within the same minute and just after it', () => {
    const at = (iso: string) => todayIn('Asia/Shanghai', new Date(iso));
    expect(at('2026-12-02T15:59:00.000Z')).toBe('2026-12-02');
    expect(at('2026-12-02T15:59:59.999Z')).toBe('2026-12-02');
    expect(at('2026-12-02T16:00:00.000Z')).toBe('2026-12-03');
    expect(at('2026-12-02T15:59:30.000Z')).toBe('2026-12-02');
    // Another zone keeps its own day for the same minute; a quarter-hour offset turns on its own minute.
    expect(todayIn('America/New_York', new Date('2026-12-02T16:00:00.000Z'))).toBe('2026-12-02');
    expect(todayIn('Asia/Kathmandu', new Date('2026-12-02T18:14:59.000Z'))).toBe('2026-12-02');
    expect(todayIn('Asia/Kathmandu', new Date('2026-12-02T18:15:00.000Z'))).toBe('2026-12-03');
  });
});

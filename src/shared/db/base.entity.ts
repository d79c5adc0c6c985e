import { BigIntType, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Columns every table shares. Timestamps keep millisecond precision (`timestamptz(3)`) so a
 * JavaScript Date round-trips exactly, which keyset cursors on them depend on.
 */
export abstract class BaseEntity {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One write, as it happened. Append-only: a trigger in the database rejects UPDATE, DELETE and
 * TRUNCATE on this table, whatever the application does.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['objectId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  /** Username of the actor, or `system` for seeding and migrations. */
  @Property({ type: 'text' })
  actor: string;

  /** What was done, as `<type>.<verb>`: `unit.create`. */
  @Property({ type: 'text' })
  action: string;

  /** The object written, as `auditObjectId` names it. */
  @Property({ type: 'text' })
  objectId: string;

  @Property({ type: 'json', nullable: true })
  from: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  to: Record<string, unknown> | null;

  @Property({ type: 'text' })
  requestId: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  constructor(props: {
    actor: string;
    action: string;
    objectId: string;
    from: Record<string, unknown> | null;
    to: Record<string, unknown> | null;
    requestId: string;
  }) {
    this.actor = props.actor;
    this.action = props.action;
    this.objectId = props.objectId;
    this.from = props.from;
    this.to = props.to;
    this.requestId = props.requestId;
  }
}

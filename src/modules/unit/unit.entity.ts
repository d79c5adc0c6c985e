import { requireText } from '../../shared/domain/values.js';
import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { UnitErrors } from './unit.errors.js';
import { UnitKind, UnitLevel } from './unit.enums.js';
import { Region } from './region.entity.js';

export interface UnitProps {
  code: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  region: Region | null;
}

const CODE = /^[A-Z0-9][A-Z0-9_-]{1,39}$/;

/** A body the commission steers: a court, a procuratorate, a department, a division… */
@Entity({ tableName: 'unit' })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['parent', 'code', 'id'] })
@Index({ properties: ['region', 'code', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ properties: ['parent', 'name', 'id'] })
@Index({ properties: ['parent', 'createdAt', 'id'] })
@Index({ properties: ['parent', 'updatedAt', 'id'] })
@Index({ properties: ['region', 'name', 'id'] })
@Index({ properties: ['region', 'createdAt', 'id'] })
@Index({ properties: ['region', 'updatedAt', 'id'] })
export class Unit extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => UnitKind, type: 'text' })
  kind!: UnitKind;

  @Enum({ items: () => UnitLevel, type: 'text' })
  level!: UnitLevel;

  @ManyToOne(() => Unit, { nullable: true })
  parent: Rel<Unit> | null = null;

  @ManyToOne(() => Region, { nullable: true })
  region: Rel<Region> | null = null;

  constructor(props: UnitProps) {
    super();
    this.describe(props);
  }

  /** Codes are kept upper-case and trimmed; lookups by code go through here too. */
  static normaliseCode(code: string): string {
    return code.trim().toUpperCase();
  }

  /** Sets the unit's own attributes, checking each. */
  describe(props: UnitProps): void {
    const code = Unit.normaliseCode(props.code);
    if (!CODE.test(code)) throw UnitErrors.invalidCode(props.code);
    const name = requireText(props.name, 100, () => UnitErrors.invalidName());
    if (props.level !== UnitLevel.PROVINCE && !props.region) throw UnitErrors.regionRequired(props.level);
    this.code = code;
    this.name = name;
    this.kind = props.kind;
    this.level = props.level;
    this.region = props.region;
  }

  /**
   * Places the unit under a parent. `parentAncestry` is the parent's own id and those of all its
   * ancestors: if this unit is among them the hierarchy would become a cycle.
   */
  moveUnder(parent: Unit | null, parentAncestry: readonly string[]): void {
    // A unit not yet saved has no id, and so appears in no ancestry.
    if (parent && (parent === this || parentAncestry.includes(this.id))) {
      throw UnitErrors.cycle(this.code, parent.code);
    }
    this.parent = parent;
  }
}

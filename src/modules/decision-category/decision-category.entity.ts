import { requireText } from '../../shared/domain/values.js';
import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { DecisionCategoryErrors } from './decision-category.errors.js';

/** One of the 11 categories of major matters that need a risk assessment before a decision. */
@Entity({ tableName: 'decision_category' })
export class DecisionCategory extends BaseEntity {
  /** Stable; names and descriptions may be edited. */
  @Property({ type: 'text' })
  @Unique()
  code: string;

  @Property({ type: 'smallint' })
  @Unique()
  ordinal: number;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  constructor(props: { code: string; ordinal: number; name: string; description: string }) {
    super();
    this.code = props.code;
    this.ordinal = props.ordinal;
    this.rename(props.name, props.description);
  }

  /** Names and descriptions are editable; the code, which other records keep, is not. */
  rename(name: string, description: string): void {
    const trimmed = requireText(name, 100, () => DecisionCategoryErrors.invalidName());
    this.name = trimmed;
    this.description = description.trim();
  }
}

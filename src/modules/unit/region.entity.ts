import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';

/** A prefecture-level region (地级行政区) of the province. */
@Entity({ tableName: 'region' })
export class Region extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  code: string;

  @Property({ type: 'text' })
  name: string;

  constructor(code: string, name: string) {
    super();
    this.code = code;
    this.name = name;
  }
}

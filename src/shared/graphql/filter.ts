import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType, type ClassType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { keyOf } from './global-id.js';
import { Bounded, COMPARED_TEXT_MAX } from './input-bounds.js';

@InputType({ description: 'Conditions on a text field; all given conditions must hold.' })
export class StringComparator {
  @Field(() => String, { nullable: true, description: 'Equals.' })
  @Bounded({ maxLength: COMPARED_TEXT_MAX })
  eq?: string | null;

  @Field(() => String, { nullable: true, description: 'Does not equal.' })
  @Bounded({ maxLength: COMPARED_TEXT_MAX })
  neq?: string | null;

  @Field(() => [String], { nullable: true, description: 'Equals one of.' })
  @Bounded({ maxLength: COMPARED_TEXT_MAX })
  in?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Equals none of.' })
  @Bounded({ maxLength: COMPARED_TEXT_MAX })
  nin?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Contains, ignoring case.' })
  @Bounded({ maxLength: COMPARED_TEXT_MAX })
  contains?: string | null;
}

@InputType({ description: 'Conditions on a reference to another object, by its global ID.' })
export class IDComparator {
  @Field(() => ID, { nullable: true, description: 'Equals.' })
  eq?: string | null;

  @Field(() => ID, { nullable: true, description: 'Does not equal (objects without the reference are kept).' })
  neq?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Equals one of.' })
  in?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Equals none of (objects without the reference are kept).' })
  nin?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the reference is absent; false: it is present.' })
  isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a point in time.' })
export class DateTimeComparator {
  @Field(() => DateTimeResolver, { nullable: true, description: 'Equals.' })
  eq?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Earlier than.' })
  lt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'At or earlier than.' })
  lte?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Later than.' })
  gt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'At or later than.' })
  gte?: Date | null;
}

@InputType({ description: 'Conditions on a calendar date (YYYY-MM-DD).' })
export class LocalDateComparator {
  @Field(() => LocalDateResolver, { nullable: true, description: 'On this date.' })
  eq?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Before this date.' })
  lt?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'On or before this date.' })
  lte?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'After this date.' })
  gt?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after this date.' })
  gte?: string | null;
}

export interface EnumComparatorShape<E> {
  eq?: E | null;
  neq?: E | null;
  in?: E[] | null;
  nin?: E[] | null;
}

/** `<Enum>Comparator` input for an enum type registered with type-graphql. */
export function EnumComparator<E extends string>(enumType: object, name: string): ClassType<EnumComparatorShape<E>> {
  @InputType(`${name}Comparator`, { description: `Conditions on a ${name} value.` })
  class Comparator {
    @Field(() => enumType, { nullable: true, description: 'Equals.' })
    eq?: E | null;

    @Field(() => enumType, { nullable: true, description: 'Does not equal.' })
    neq?: E | null;

    @Field(() => [enumType], { nullable: true, description: 'Equals one of.' })
    in?: E[] | null;

    @Field(() => [enumType], { nullable: true, description: 'Equals none of.' })
    nin?: E[] | null;
  }
  return Comparator;
}

/**
 * How a filter field maps to SQL: its column, and for references the type its IDs name. A
 * boolean field takes a plain Boolean rather than a comparator.
 */
export type FilterField =
  | { column: string; kind: 'text' | 'enum' | 'boolean' | 'datetime' | 'date' }
  | { column: string; kind: 'id'; typename: string }
  /** A condition that is not one column's: applies the field's value itself. */
  | { kind: 'custom'; apply: (qb: Knex.QueryBuilder, value: unknown, path: string) => void };

interface Comparator {
  eq?: unknown;
  neq?: unknown;
  in?: unknown[] | null;
  nin?: unknown[] | null;
  lt?: unknown;
  lte?: unknown;
  gt?: unknown;
  gte?: unknown;
  contains?: string | null;
  isNull?: boolean | null;
}

type FilterInput = { and?: FilterInput[] | null; or?: FilterInput[] | null } & Record<string, unknown>;

/**
 * Applies a Linear-style filter (`{ kind: { in: [...] }, or: [...] }`) to a query. Fields combine
 * with AND; `and`/`or` take lists of nested filters. ID comparators decode global IDs.
 */
export function applyFilter(
  qb: Knex.QueryBuilder,
  filter: FilterInput | null | undefined,
  fields: Record<string, FilterField>,
  path = 'filter',
): void {
  if (!filter) return;
  for (const [name, value] of Object.entries(filter)) {
    if (value == null) continue;
    if (name === 'and' || name === 'or') {
      const parts = value as FilterInput[];
      void qb.where((group) => {
        parts.forEach((part, i) => {
          const apply = (sub: Knex.QueryBuilder) => applyFilter(sub, part, fields, `${path}.${name}.${i}`);
          void (name === 'and' ? group.andWhere(apply) : group.orWhere(apply));
        });
      });
      continue;
    }
    const field = fields[name];
    if (!field) continue;
    if (field.kind === 'custom') field.apply(qb, value, `${path}.${name}`);
    else if (field.kind === 'boolean') void qb.where(field.column, Boolean(value));
    else applyComparator(qb, field, value, `${path}.${name}`);
  }
}

function applyComparator(qb: Knex.QueryBuilder, field: Exclude<FilterField, { kind: 'custom' }>, c: Comparator, path: string): void {
  const { column } = field;
  const v = (value: unknown): Knex.Value => (field.kind === 'id' ? keyOf(value as string, field.typename, path) : (value as Knex.Value));
  if (c.eq != null) void qb.where(column, v(c.eq));
  if (c.neq != null) void qb.where((q) => void q.whereNot(column, v(c.neq)).orWhereNull(column));
  if (c.in != null) void qb.whereIn(column, c.in.map(v));
  const nin = c.nin;
  if (nin != null && nin.length > 0) void qb.where((q) => void q.whereNotIn(column, nin.map(v)).orWhereNull(column));
  if (c.lt != null) void qb.where(column, '<', v(c.lt));
  if (c.lte != null) void qb.where(column, '<=', v(c.lte));
  if (c.gt != null) void qb.where(column, '>', v(c.gt));
  if (c.gte != null) void qb.where(column, '>=', v(c.gte));
  if (c.contains != null) void qb.whereRaw('strpos(lower(??), lower(?)) > 0', [column, c.contains]);
  if (c.isNull != null) void (c.isNull ? qb.whereNull(column) : qb.whereNotNull(column));
}

/** A plain-text field that matches when any of the columns contains the text, ignoring case. */
export function textInAny(columns: string[]): FilterField {
  return {
    kind: 'custom',
    apply: (qb, value) => {
      const text = String(value);
      void qb.where((q) => {
        for (const column of columns) void q.orWhereRaw('strpos(lower(??), lower(?)) > 0', [column, text]);
      });
    },
  };
}

/** Keeps the rows where `condition` holds (`holds`), or those where it does not. */
export function whereEither(qb: Knex.QueryBuilder, condition: (q: Knex.QueryBuilder) => void, holds: boolean): void {
  void (holds ? qb.where(condition) : qb.whereNot(condition));
}

/** A Boolean filter field over a condition (`overdue: true` keeps the overdue rows, `false` the others). */
export function conditionField(condition: (q: Knex.QueryBuilder) => void): FilterField {
  return { kind: 'custom', apply: (qb, value) => whereEither(qb, condition, Boolean(value)) };
}

/** The query of a filtered list: `select()` narrowed by the filter, built afresh for each use. */
export function filtered(
  select: () => Knex.QueryBuilder,
  filter: object | null | undefined,
  fields: Record<string, FilterField>,
): () => Knex.QueryBuilder {
  return () => {
    const qb = select();
    applyFilter(qb, filter as FilterInput | null | undefined, fields);
    return qb;
  };
}

/**
 * A timestamp column as read through MikroORM's connection, which hands them over as text
 * (`2026-11-26 14:40:24.123+00`), turned into a Date.
 */
export function timestamp(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(
    String(value)
      .replace(' ', 'T')
      .replace(/([+-]\d\d)$/, '$1:00'),
  );
}

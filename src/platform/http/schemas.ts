// Schema pieces every feature uses.
import Type, { type Static, type TSchema } from 'typebox';
import { isoInstant } from '../../domain/time.ts';

export const Uuid = Type.String({ format: 'uuid' });
/** Whether a value from a path is a UUID as PostgreSQL reads one (before the route's own validation has run). */
export function isUuid(value: string | undefined): value is string {
  return !!value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
export const Timestamp = Type.String({ format: 'date-time' });
export const Day = Type.String({ format: 'date' });
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const DisplayName = Type.String({ minLength: 1, maxLength: 200 });
/**
 * `schema` or null. A scalar becomes one type with null beside it (`type: ['string', 'null']`, JSON Schema 2020-12 and
 * OpenAPI 3.1), which the response serializer writes directly; a union (`anyOf`) it has to try each branch of with
 * the validator, and those tries were a twentieth of the Rewards page's cost (bench:api).
 */
export const Nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) => {
  const type = (schema as { type?: unknown }).type;
  return Type.Unsafe<Static<T> | null>(
    typeof type === 'string' && type !== 'object' && type !== 'array' && type !== 'null'
      ? { ...schema, ...options, type: [type, 'null'] }
      : { anyOf: [schema, { type: 'null' }], ...options },
  );
};

export const PublisherParams = Type.Object({ publisherId: Uuid }, { additionalProperties: false });

export const ItemsOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item) }, { additionalProperties: false });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    errors: Type.Optional(
      Type.Array(Type.Object({ pointer: Type.String(), code: Type.String(), detail: Type.String() })),
    ),
  },
  { additionalProperties: true, description: 'RFC 9457 problem details; `type` is a stable code.' },
);

/** Problem answers listed in the OpenAPI document for a route. */
export function problems(...statuses: number[]): Record<number, typeof Problem> {
  return Object.fromEntries(statuses.map((s) => [s, Problem]));
}

export function iso(date: Date): string;
export function iso(date: Date | null): string | null;
export function iso(date: Date | null): string | null {
  return date ? isoInstant(date) : null;
}

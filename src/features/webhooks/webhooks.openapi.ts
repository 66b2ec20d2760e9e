// The OpenAPI 3.1 document's `webhooks` section: one entry per event of the catalogue, the body's schema and the
// Standard Webhooks headers a receiver verifies.
import type { OpenAPIV3_1 } from 'openapi-types';
import {
  EVENT_SCHEMAS,
  PROGRAM_EVENT_TYPES,
  TEST_EVENT_SCHEMA,
  TEST_EVENT_TYPE,
} from '../../usecases/webhooks/catalog.ts';

const HEADERS: OpenAPIV3_1.ParameterObject[] = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'The event’s id: the same on every retry and redelivery, so receivers process it once.',
    schema: { type: 'string' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'When this attempt was made, in Unix seconds: refuse one far from your clock (replays).',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      'Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under ' +
      'the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches.',
    schema: { type: 'string' },
  },
];

function entry(type: string, data: object, programWide: boolean): OpenAPIV3_1.PathItemObject {
  const { description } = data as { description?: string };
  const item = {
    post: {
      summary: type,
      description: `${description ?? ''}${programWide ? '' : ' Sent to the publisher’s subscriptions and to program-wide ones.'}`,
      tags: ['webhooks'],
      parameters: HEADERS,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              additionalProperties: false,
              required: ['type', 'timestamp', 'data'],
              properties: {
                type: { type: 'string', const: type },
                timestamp: { type: 'string', format: 'date-time', description: 'When the change happened.' },
                data: JSON.parse(JSON.stringify(data)) as unknown,
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'Any 2xx: received. Anything else (a redirect too) is tried again with backoff.',
        },
        '410': { description: 'Gone: the subscription is disabled at once.' },
      },
    },
  };
  // TypeBox's schemas are JSON Schema, which OpenAPI 3.1 takes as they are; openapi-types' 3.0 heritage does not.
  return item as unknown as OpenAPIV3_1.PathItemObject;
}

/** Every event of the catalogue, and the test event, by type. */
export function webhooksDocument(): Record<string, OpenAPIV3_1.PathItemObject> {
  const doc: Record<string, OpenAPIV3_1.PathItemObject> = {};
  for (const [type, schema] of Object.entries(EVENT_SCHEMAS))
    doc[type] = entry(type, schema, (PROGRAM_EVENT_TYPES as readonly string[]).includes(type));
  doc[TEST_EVENT_TYPE] = entry(TEST_EVENT_TYPE, TEST_EVENT_SCHEMA, true);
  return doc;
}

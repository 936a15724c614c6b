/**
 * The carrier API's OpenAPI 3.1 document: served as JSON at `/api/docs.json`, and drawn as a
 * page for carriers' engineers at `/api/docs` from this same object (one source, two faces).
 * Its texts are catalogue keys, translated by the `t` given (English for the JSON).
 */
type Translate = (key: string, params?: Record<string, string | number>) => string;

export const MESSAGES_PATH = '/api/v1/messages';

/** Every answer of POST /api/v1/messages, in the order the page lists them. */
export const ANSWERS = [
  { status: '202', answer: 'accepted', example: { id: 4182, status: 'parsed' } },
  { status: '201', answer: 'resent', example: { id: 4182, status: 'parsed', duplicate: true } },
  {
    status: '400',
    answer: 'unreadable',
    example: {
      statusCode: 400,
      code: 'unreadable-message',
      message: 'UNT counts 12 segments, the message has 14',
      id: 4183,
      status: 'failed',
      error: { code: 'missing-unb', segmentNumber: 1, segmentTag: 'UNH' },
    },
    codes: ['empty-body', 'not-edifact', 'unreadable-message'],
  },
  { status: '401', answer: 'unauthorised', codes: ['missing-key', 'unknown-key'] },
  { status: '409', answer: 'conflict', codes: ['part-conflict'] },
  { status: '413', answer: 'tooLarge', codes: ['too-large'] },
  { status: '422', answer: 'wrongState', codes: ['wrong-state'] },
  { status: '429', answer: 'rateLimited', codes: ['rate-limited'] },
] as const;

export function ingestApiDocument(t: Translate, serverUrl: string, maxMegabytes: number): object {
  const error = { $ref: '#/components/schemas/Error' };
  const responses: Record<string, object> = {};
  for (const answer of ANSWERS) {
    const success = answer.status === '202' || answer.status === '201';
    const schema = success ? { $ref: '#/components/schemas/Receipt' } : error;
    const example =
      'example' in answer
        ? answer.example
        : {
            statusCode: Number(answer.status),
            code: answer.codes[0],
            message: t(`ingestion.api.example.${answer.codes[0]}`),
          };
    responses[answer.status] = {
      description: t(`ingestion.api.answer.${answer.answer}`, { max: maxMegabytes }),
      ...(answer.status === '429'
        ? {
            headers: {
              'Retry-After': {
                description: t('ingestion.api.retryAfter'),
                schema: { type: 'integer' },
              },
            },
          }
        : {}),
      content: { 'application/json': { schema, example } },
    };
  }
  const raw = { schema: { type: 'string', format: 'binary' } };
  return {
    openapi: '3.1.0',
    info: {
      title: t('ingestion.api.title'),
      version: '1.0.0',
      description: t('ingestion.api.description'),
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }, { bearer: [] }],
    paths: {
      [MESSAGES_PATH]: {
        post: {
          operationId: 'postMessage',
          summary: t('ingestion.api.post.summary'),
          description: t('ingestion.api.post.description', { max: maxMegabytes }),
          requestBody: {
            required: true,
            description: t('ingestion.api.post.body'),
            content: {
              'application/edifact': raw,
              'text/plain': raw,
              'application/octet-stream': raw,
            },
          },
          responses,
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-API-Key',
          description: t('ingestion.api.auth.apiKey'),
        },
        bearer: { type: 'http', scheme: 'bearer', description: t('ingestion.api.auth.bearer') },
      },
      schemas: {
        Receipt: {
          type: 'object',
          required: ['id', 'status'],
          properties: {
            id: { type: 'integer', description: t('ingestion.api.field.id') },
            status: {
              type: 'string',
              enum: ['parsed', 'failed', 'waiting-for-parts', 'incomplete'],
              description: t('ingestion.api.field.status'),
            },
            duplicate: { type: 'boolean', description: t('ingestion.api.field.duplicate') },
            parts: {
              type: 'object',
              description: t('ingestion.api.field.parts'),
              properties: {
                received: { type: 'array', items: { type: 'integer' } },
                expected: { type: ['integer', 'null'] },
                missing: { type: 'array', items: { type: 'integer' } },
              },
            },
          },
        },
        Error: {
          type: 'object',
          required: ['statusCode', 'code', 'message'],
          properties: {
            statusCode: { type: 'integer' },
            code: { type: 'string', description: t('ingestion.api.field.code') },
            message: { type: 'string', description: t('ingestion.api.field.message') },
            id: { type: 'integer', description: t('ingestion.api.field.storedId') },
            status: { type: 'string' },
            error: {
              type: 'object',
              description: t('ingestion.api.field.error'),
              properties: {
                code: { type: 'string' },
                segmentNumber: { type: 'integer' },
                segmentTag: { type: 'string' },
              },
            },
            correlationId: { type: 'string' },
          },
        },
      },
    },
  };
}

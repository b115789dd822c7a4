// Graph's error answer: OData's JSON error format, as Graph's own OpenAPI names it (ODataErrors.*), with the
// innerError members Graph sends live (request-id, date, client-request-id).
import type { SchemaObject } from './types.js';
import { ref } from './names.js';

export const ERROR_SCHEMAS: Record<string, SchemaObject> = {
  ODataError: {
    type: 'object',
    required: ['error'],
    properties: { error: ref('MainError') },
    additionalProperties: true,
  },
  MainError: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      target: { type: 'string', nullable: true },
      details: { type: 'array', items: ref('ErrorDetails') },
      innerError: ref('InnerError'),
    },
    additionalProperties: true,
  },
  ErrorDetails: {
    type: 'object',
    required: ['code', 'message'],
    properties: { code: { type: 'string' }, message: { type: 'string' }, target: { type: 'string', nullable: true } },
    additionalProperties: true,
  },
  InnerError: {
    type: 'object',
    description: 'Service-specific; Graph sends request-id, date and client-request-id.',
    properties: {
      'request-id': { type: 'string' },
      'client-request-id': { type: 'string' },
      date: { type: 'string' },
    },
    additionalProperties: true,
  },
};

export const ERROR_RESPONSE = {
  description: "Graph's OData error",
  content: { 'application/json': { schema: ref('ODataError') } },
};

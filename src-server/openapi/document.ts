/**
 * The OpenAPI 3.1 document, generated from the protocol's zod schemas (zod 4's `z.toJSONSchema`): request
 * bodies in their input form, responses in their output form. Served at /openapi.json.
 */
import { z } from 'zod';
import {
  applicationStateSchema,
  catalogResponseSchema,
  deviceInfoSchema,
  enrollRequestSchema,
  enrollResponseSchema,
  errorBodySchema,
  healthNonceSchema,
  healthResponseSchema,
  MAX_APPLICATION_BODY_BYTES,
  PATHS,
  PROTOCOL_VERSION,
  setStatusRequestSchema,
  statusCursorSchema,
  statusFeedResponseSchema,
  submitApplicationRequestSchema,
  clientIdSchema,
} from '../../src-shared/protocol';

type Json = Record<string, unknown>;
const schema = (s: z.ZodType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const ok = (description: string, name: string) => ({ description, content: json(name) });
const err = (description: string) => ({ description, content: json('ErrorBody') });
const kioskAuth = [{ kioskToken: [] }];
const clientIdParam = { name: 'clientId', in: 'path', required: true, schema: ref('ClientId') };
const common401 = { 401: err('Missing, expired, replayed, foreign or revoked kiosk token (`unauthorized`, `kiosk-revoked`)') };

export function buildOpenApiDocument(): Json {
  const tusHeaders = 'tus 1.0.0 (core, creation, termination); Upload-Metadata carries clientId and attachmentId';
  return {
    openapi: '3.1.0',
    info: { title: 'Một Cửa intake server', version: String(PROTOCOL_VERSION), description: 'Kiosk ↔ intake protocol; see docs/protocol.md' },
    components: {
      securitySchemes: {
        kioskToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (ES256, kid = kiosk id, fresh jti per request)' },
        officerToken: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        ErrorBody: schema(errorBodySchema, 'output'),
        HealthResponse: schema(healthResponseSchema, 'output'),
        EnrollRequest: schema(enrollRequestSchema, 'input'),
        DeviceInfo: schema(deviceInfoSchema, 'output'),
        EnrollResponse: schema(enrollResponseSchema, 'output'),
        SubmitApplicationRequest: schema(submitApplicationRequestSchema, 'input'),
        ApplicationState: schema(applicationStateSchema, 'output'),
        StatusFeedResponse: schema(statusFeedResponseSchema, 'output'),
        SetStatusRequest: schema(setStatusRequestSchema, 'input'),
        CatalogResponse: schema(catalogResponseSchema, 'output'),
        ClientId: schema(clientIdSchema, 'output'),
      },
    },
    paths: {
      [PATHS.health]: {
        get: {
          summary: 'Reachability probe (no auth, Cache-Control: no-store)',
          parameters: [{ name: 'nonce', in: 'query', required: true, schema: schema(healthNonceSchema, 'input') }],
          responses: { 200: ok('The service marker and the nonce echoed', 'HealthResponse'), 400: err('Missing or malformed nonce') },
        },
      },
      [PATHS.enroll]: {
        post: {
          summary: 'Enroll a kiosk with a one-time code',
          requestBody: { required: true, content: json('EnrollRequest') },
          responses: {
            201: ok('Enrolled: kiosk id, submission keys, settings', 'EnrollResponse'),
            400: err('Malformed body'),
            401: err('Wrong, used or expired code (`code-invalid`, the same answer for all three)'),
            429: err('Too many wrong codes from this address (`rate-limited`)'),
          },
        },
      },
      [PATHS.device]: {
        get: { summary: "This kiosk's settings and the current submission keys", security: kioskAuth, responses: { 200: ok('Device info', 'DeviceInfo'), ...common401 } },
      },
      [PATHS.catalog]: {
        get: {
          summary: 'The current catalog (strong ETag)',
          security: kioskAuth,
          parameters: [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
          responses: { 200: ok('The catalog', 'CatalogResponse'), 304: { description: 'Not modified' }, ...common401 },
        },
      },
      [`${PATHS.applications}/{clientId}`]: {
        put: {
          summary: 'Submit an application (idempotent by client id)',
          security: kioskAuth,
          parameters: [clientIdParam],
          requestBody: { required: true, content: json('SubmitApplicationRequest') },
          responses: {
            201: ok('Created', 'ApplicationState'),
            200: ok('Identical replay: the current state', 'ApplicationState'),
            400: err('Bad client id, malformed JSON or wrong types (`bad-request`, the message names the field)'),
            ...common401,
            409: err('Same client id, different content (`conflict`); nothing changed'),
            413: err(`Body over ${MAX_APPLICATION_BODY_BYTES} bytes (\`too-large\`, \`limit\`)`),
            415: err('Not JSON'),
            422: err('`invalid-application` (with `fields`), `unknown-catalog-version`, `unknown-procedure`, `unknown-key`, `cannot-open`'),
          },
        },
        get: {
          summary: 'Where an application stands (only the kiosk that sent it)',
          security: kioskAuth,
          parameters: [clientIdParam],
          responses: { 200: ok('State', 'ApplicationState'), 400: err('Bad client id'), ...common401, 404: err('Unknown here') },
        },
      },
      [PATHS.uploads]: {
        post: {
          summary: `Create an attachment upload (${tusHeaders})`,
          security: kioskAuth,
          responses: {
            201: { description: 'Created; Location names the upload' },
            400: err('Missing metadata, or Upload-Length is not the declared size'),
            ...common401,
            404: err('No such application of this kiosk, or no such declared attachment'),
            413: err('Larger than the attachment limit'),
          },
        },
      },
      [`${PATHS.uploads}/{uploadId}`]: {
        head: { summary: 'tus: the upload offset', security: kioskAuth, responses: { 200: { description: 'Upload-Offset' }, ...common401, 404: err('No such upload') } },
        patch: {
          summary: 'tus: append bytes (application/offset+octet-stream); the last byte triggers verification',
          security: kioskAuth,
          responses: {
            204: { description: 'Stored (and, at the end, verified)' },
            ...common401,
            404: err('No such upload: create a new one'),
            409: err('Offset mismatch, or `hash-mismatch`: the bytes were not the declared SHA-256; upload again'),
            422: err('The attachment does not decrypt or does not match the sealed manifest'),
          },
        },
        delete: { summary: 'tus: terminate an unfinished upload', security: kioskAuth, responses: { 204: { description: 'Terminated' }, ...common401, 404: err('No such upload') } },
      },
      [PATHS.statusFeed]: {
        get: {
          summary: "Status changes of this kiosk's applications since a cursor",
          security: kioskAuth,
          parameters: [{ name: 'since', in: 'query', required: false, schema: schema(statusCursorSchema, 'input') }],
          responses: { 200: ok('A page of changes', 'StatusFeedResponse'), 400: err('Bad cursor'), ...common401 },
        },
      },
      [`${PATHS.officerApplications}/{clientId}/status`]: {
        post: {
          summary: "An officer changes an application's status",
          security: [{ officerToken: [] }],
          parameters: [clientIdParam],
          requestBody: { required: true, content: json('SetStatusRequest') },
          responses: {
            200: ok('The new state', 'ApplicationState'),
            400: err('Unknown status or missing reason'),
            401: err('Wrong officer token'),
            403: err('The officer API is switched off'),
            404: err('No such application'),
            409: err('Not received yet'),
          },
        },
      },
      [PATHS.openapi]: { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
  };
}

/**
 * Every error answer is an `errorBodySchema` JSON body; Fastify's own errors (bad JSON, too large, no such
 * route, wrong content type) are mapped to it too. No stack traces reach a client.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { ErrorBody, ErrorCode, FieldError } from '../src-shared/protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: { fields?: FieldError[]; limit?: number } = {},
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: this.code, message: this.message.slice(0, 2000), ...this.extra };
  }
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  return reply.code(error.status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(error.body());
}

/** `reference: must be a valid 8-character reference; attachments.0.size: …` */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string {
  return issues
    .slice(0, 10)
    .map((issue) => {
      const where = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
      const what = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
      return `${where || '(body)'}: ${what}`;
    })
    .join('; ');
}

export function zodFieldErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.slice(0, 200).map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.').slice(0, 200) || '(body)',
    key: `schema.${issue.code}`.slice(0, 100),
    message: issue.message.slice(0, 500),
  }));
}

/** A 400 from a failed zod parse, naming the fields. */
export function badRequest(issues: readonly z.core.$ZodIssue[], prefix = ''): HttpError {
  return new HttpError(400, 'bad-request', describeZodIssues(issues, prefix), { fields: zodFieldErrors(issues, prefix) });
}

function fromFastify(error: FastifyError, bodyLimit: number | undefined): HttpError {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'too-large', `the body is larger than the limit of ${bodyLimit ?? 0} bytes`, bodyLimit ? { limit: bodyLimit } : {});
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'bad-request', 'the body must be JSON (Content-Type: application/json)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'bad-request', 'the body is empty; a JSON object is expected');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new HttpError(414, 'bad-request', 'a path segment is too long (an id is at most 100 characters)');
    case 'FST_ERR_BAD_URL':
      return new HttpError(400, 'bad-request', 'the URL is not valid (bad percent-encoding)');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(400, 'bad-request', 'the Content-Length does not match the body');
    default:
      break;
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new HttpError(400, 'bad-request', 'the body is not valid JSON');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return new HttpError(status, 'bad-request', error.message);
  return new HttpError(500, 'internal', 'the server could not handle this request');
}

/** Fastify's `frameworkErrors` option: errors raised before routing (bad URL, over-long path segment). */
export function frameworkErrors(error: FastifyError, _request: unknown, reply: FastifyReply): void {
  void sendError(reply, fromFastify(error, undefined));
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = error instanceof HttpError ? error : fromFastify(error, request.routeOptions.bodyLimit);
    if (mapped.status >= 500) request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
    return sendError(reply, mapped);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new HttpError(404, 'not-found', `no such route: ${request.method} ${request.url.split('?')[0]?.slice(0, 200) ?? ''}`)),
  );
}

/**
 * Errors at the HTTP level: the status each code answers with, and the JSON every error is sent
 * as — on /graphql as a GraphQL response (`{ errors: [...] }`), elsewhere as `{ error: {...} }` —
 * with the request id and never a stack trace or a path, whatever NODE_ENV says.
 */
import type express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { ApiLimits } from '../config/api-limits.js';
import { describeLimitError } from '../graphql/document-limits.js';
import { formatError } from '../graphql/errors.js';
import { currentScope, noteErrorCode } from './request-scope.js';

const STATUS: Readonly<Record<string, number>> = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  COST_LIMIT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  OVERLOADED: 503,
  STORE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

/** The HTTP status for an error code answered before or outside GraphQL execution. */
export function httpStatusOf(code: string): number {
  return STATUS[code] ?? 400;
}

/**
 * Apollo's `formatError`: the GraphQL layer's masking and codes, the limit named in refusals from
 * graphql-js and Apollo, the request id added, and the code noted for the access log.
 */
export function graphqlErrorFormatter(limits: ApiLimits) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = describeLimitError(formatError(formatted, error), limits);
    const code = answer.extensions?.code;
    noteErrorCode(typeof code === 'string' ? code : undefined);
    const requestId = currentScope()?.requestId;
    return requestId ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
  };
}

/** Sends one error as JSON, in the shape the route's clients read, and notes it for the log. */
export function sendError(
  req: express.Request,
  res: express.Response,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  noteErrorCode(code);
  const requestId = currentScope()?.requestId;
  const extensions = { code, ...details, ...(requestId ? { requestId } : {}) };
  res.status(httpStatusOf(code));
  if (req.path.startsWith('/graphql')) res.json({ errors: [{ message, extensions }] });
  else res.json({ error: { message, ...extensions } });
}

/** body-parser's error types, as codes a client can act on. */
const BODY_ERRORS: Readonly<Record<string, [string, string]>> = {
  'entity.parse.failed': ['BAD_REQUEST', 'The request body is not valid JSON.'],
  'entity.too.large': ['PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts'],
  'entity.verify.failed': ['BAD_REQUEST', 'The request body could not be verified.'],
  'encoding.unsupported': ['BAD_REQUEST', 'The request body’s encoding is not supported.'],
  'charset.unsupported': ['BAD_REQUEST', 'The request body’s charset is not supported.'],
  'request.aborted': ['BAD_REQUEST', 'The request was aborted before its body arrived.'],
  'request.size.invalid': ['BAD_REQUEST', 'The request body is shorter or longer than it said.'],
  'stream.encoding.set': ['BAD_REQUEST', 'The request body could not be read.'],
  'parameters.too.many': ['BAD_REQUEST', 'The request has too many parameters.'],
};

interface BodyError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

/** The last handler: client errors as coded JSON, anything else logged and masked as a 500. */
export function errorHandler(logger: Logger | undefined): express.ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const body = (error ?? {}) as BodyError;
    const known = typeof body.type === 'string' ? BODY_ERRORS[body.type] : undefined;
    if (known) {
      const [code, message] = known;
      const limit = typeof body.limit === 'number' ? body.limit : undefined;
      const text = code === 'PAYLOAD_TOO_LARGE' && limit ? `${message} (${limit} bytes).` : message;
      return sendError(
        req,
        res,
        code,
        text,
        limit && code === 'PAYLOAD_TOO_LARGE' ? { limit } : {},
      );
    }
    const status = typeof body.status === 'number' ? body.status : 500;
    if (status >= 400 && status < 500) return sendError(req, res, 'BAD_REQUEST', 'Bad request.');
    logger?.error({ err: error, requestId: currentScope()?.requestId }, 'request failed');
    sendError(req, res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/** Unknown routes: a JSON 404 (the pages the server has answer before this). */
export const notFoundHandler: express.RequestHandler = (req, res) => {
  sendError(req, res, 'NOT_FOUND', `Nothing at ${req.method} ${req.path}.`);
};

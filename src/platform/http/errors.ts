// Every error becomes RFC 9457 problem+json here: validation errors with a pointer per field, PostgreSQL's
// refusals of a value as 422, anything unexpected as a logged 500 that reveals nothing.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, PROBLEMS, type FieldError } from '../problems.ts';

export function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const part = error.validationContext ?? 'body';
    const errors: FieldError[] = error.validation
      .map((v) => {
        const extra = (v.params as { additionalProperty?: string }).additionalProperty;
        const missing = (v.params as { missingProperty?: string }).missingProperty;
        const allowed = (v.params as { allowedValues?: unknown[] }).allowedValues;
        const pointer = `/${part}${v.instancePath}${extra ? `/${extra}` : missing ? `/${missing}` : ''}`;
        const detail = extra
          ? 'is not a field you can set'
          : missing
            ? 'is required'
            : allowed
              ? `must be one of: ${allowed.join(', ')}`
              : (v.message ?? 'is not valid');
        return { pointer, code: v.keyword, detail };
      })
      // A field can break several keywords (format and pattern, the branches of a union): the first says enough.
      .filter((e, i, all) => all.findIndex((o) => o.pointer === e.pointer) === i);
    return new AppError('validation-failed', errors.map((e) => `${e.pointer} ${e.detail}`).join('; '), {
      errors,
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported-media-type', error.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload-too-large', error.message);
    // A static path that is not a file (a NUL byte, a dot file): nothing there, as for any unknown path.
    case 'FST_STATIC_FORBIDDEN_PATH':
      return new AppError('not-found', `No route ${request.method} ${request.url.split('?')[0]}.`);
    default:
      break;
  }
  // PostgreSQL refusing a value (class 22: out of range, bad datetime) is the client's input, never a 500.
  const sqlState = (error as { code?: unknown }).code;
  if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
    // PostgreSQL's own words name its types and values: logged, not sent.
    request.log.warn({ err: error }, 'a value PostgreSQL refused');
    return new AppError('validation-failed', 'A value is out of range or not a valid date.');
  }
  if (error.statusCode === 400 || error instanceof SyntaxError)
    return new AppError('malformed-request', error.message);
  if (error.statusCode === 404) return new AppError('not-found', error.message);
  if (error.statusCode === 405) return new AppError('method-not-allowed', error.message);
  if (error.statusCode === 415) return new AppError('unsupported-media-type', error.message);
  if (error.statusCode === 413) return new AppError('payload-too-large', error.message);
  request.log.error({ err: error }, 'unhandled error');
  return new AppError('internal-error', `The server failed; request id ${request.id}.`);
}

export async function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
): Promise<FastifyReply> {
  const { status, title } = PROBLEMS[error.code];
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `/problems/${error.code}`,
      title,
      status,
      detail: error.message,
      instance: request.url,
      ...(error.errors ? { errors: error.errors } : {}),
      ...error.extensions,
    });
}

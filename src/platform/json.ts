// JSON from outside (request bodies, NDJSON files), parsed strictly: no prototype-poisoning keys, and numbers
// taken as written.
import { parse as parseJsonSafely } from 'secure-json-parse';

/** A whole number as JSON writes it: no exponent, no fraction. */
const WHOLE = /^-?(?:0|[1-9]\d*)$/;

/**
 * A number written with an exponent or a fraction (`1e3`, `1000.0`), or too large to hold exactly (past 2^53), is
 * kept as the text it was written as: a field that wants a whole number then refuses it, as it refuses the same
 * text in a CSV cell, instead of taking `1e3` for 1000 or 9007199254740993 for 9007199254740992.
 */
function numbersAsWritten(_key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || context?.source === undefined) return value;
  return WHOLE.test(context.source) && Number.isSafeInteger(value) ? value : context.source;
}

/** Parses JSON text; throws a SyntaxError, or an Error naming a __proto__ or constructor.prototype key. */
export function parseJson(text: string): unknown {
  return parseJsonSafely(text, numbersAsWritten, { protoAction: 'error', constructorAction: 'error' });
}

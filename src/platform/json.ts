// JSON from outside (request bodies, NDJSON files), parsed strictly: no prototype-poisoning keys, no field named
// twice in one object, and numbers taken as written.
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

/**
 * Parses JSON text; throws a SyntaxError (a field named twice in one object is one: JSON.parse would keep the last
 * value unseen, so `"amountMinor":10000,"amountMinor":900000` counted 900000), or an Error naming a __proto__ or
 * constructor.prototype key.
 */
export function parseJson(text: string): unknown {
  const value: unknown = parseJsonSafely(text, numbersAsWritten, {
    protoAction: 'error',
    constructorAction: 'error',
  });
  const twice = repeatedKey(text);
  if (twice) {
    throw new SyntaxError(
      `the field ${JSON.stringify(twice.key)} appears twice in one object (at ${twice.pointer || '/'}): each field may appear once`,
    );
  }
  return value;
}

interface Container {
  /** The object's keys so far; null for an array. */
  keys: Set<string> | null;
  /** Its JSON pointer, its current element (array) or key (object). */
  pointer: string;
  index: number;
  key: string;
}

/** JSON's white space: space, tab, line feed, carriage return. */
const isJsonSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

const escape = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The first key repeated within one object of valid JSON text, with the object's JSON pointer; null when none is.
 * One pass over the text: strings are skipped whole, and a string followed by a colon is a key.
 */
function repeatedKey(text: string): { key: string; pointer: string } | null {
  const stack: Container[] = [];
  const child = () => {
    const parent = stack.at(-1);
    if (!parent) return '';
    return `${parent.pointer}/${parent.keys ? escape(parent.key) : parent.index}`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys) {
        let next = end + 1;
        while (isJsonSpace(text.charCodeAt(next))) next++;
        if (text.charCodeAt(next) === 58) {
          // Keys are nearly always plain: only one with an escape is decoded.
          const raw = text.slice(i + 1, end);
          const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          if (top.keys.has(key)) return { key, pointer: top.pointer };
          top.keys.add(key);
          top.key = key;
        }
      }
      i = end;
    } else if (c === 123 || c === 91) {
      stack.push({ keys: c === 123 ? new Set() : null, pointer: child(), index: 0, key: '' });
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const top = stack.at(-1);
      if (top && !top.keys) top.index++;
    }
  }
  return null;
}

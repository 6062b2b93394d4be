// Splits the search box text into raw tokens with their positions. It knows quoting, `-` and
// `field:` but nothing about what the fields mean, so the editing helpers can use it on text that
// does not parse.

export type RawToken = {
  start: number;
  end: number;
  negated: boolean;
  /** The field name as typed, or null for free text. */
  field: string | null;
  fieldStart: number;
  value: string;
  valueStart: number;
  valueEnd: number;
  quoted: boolean;
  /** A quote opened at `valueStart` and never closed: the token runs to the end of the text. */
  unclosed: boolean;
};

/** A word that starts like `name:` is a field term; anything else with a colon is text. */
export const FIELD_PREFIX = /^([A-Za-z_][A-Za-z0-9_.-]*):/;

function isQuerySpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

type Quoted = { value: string; end: number; unclosed: boolean };

/** Reads `"…"` starting at the quote; `\"` and `\\` are escapes, any other backslash is literal. */
function readQuoted(input: string, quoteAt: number): Quoted {
  let value = "";
  let i = quoteAt + 1;
  while (i < input.length) {
    const char = input[i]!;
    if (char === "\\" && (input[i + 1] === '"' || input[i + 1] === "\\")) {
      value += input[i + 1];
      i += 2;
    } else if (char === '"') {
      return { value, end: i + 1, unclosed: false };
    } else {
      value += char;
      i += 1;
    }
  }
  return { value, end: input.length, unclosed: true };
}

function readToken(input: string, start: number): RawToken {
  let i = start;
  const negated = input[i] === "-";
  if (negated) i += 1;
  const base = { start, negated, field: null, fieldStart: i, valueStart: i };
  if (input[i] === '"') {
    const quoted = readQuoted(input, i);
    return { ...base, end: quoted.end, value: quoted.value, valueEnd: quoted.end, quoted: true, unclosed: quoted.unclosed };
  }
  let wordEnd = i;
  while (wordEnd < input.length && !isQuerySpace(input[wordEnd])) wordEnd += 1;
  const word = input.slice(i, wordEnd);
  const prefix = FIELD_PREFIX.exec(word);
  if (!prefix) {
    return { ...base, end: wordEnd, value: word, valueEnd: wordEnd, quoted: false, unclosed: false };
  }
  const valueStart = i + prefix[0].length;
  const field = { ...base, field: prefix[1]!, valueStart };
  if (input[valueStart] === '"') {
    const quoted = readQuoted(input, valueStart);
    return { ...field, end: quoted.end, value: quoted.value, valueEnd: quoted.end, quoted: true, unclosed: quoted.unclosed };
  }
  return { ...field, end: wordEnd, value: input.slice(valueStart, wordEnd), valueEnd: wordEnd, quoted: false, unclosed: false };
}

export function tokenizeQuery(input: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  while (i < input.length) {
    if (isQuerySpace(input[i])) {
      i += 1;
      continue;
    }
    const token = readToken(input, i);
    tokens.push(token);
    i = token.end;
  }
  return tokens;
}

import { isSyntaxError, parseFieldTerm } from "./parse-field-term";
import { MAX_QUERY_LENGTH, type ParseResult, type QuerySyntaxError, type Term } from "./query-types";
import { tokenizeQuery, type RawToken } from "./tokenize-query";

function fail(error: QuerySyntaxError): ParseResult {
  return { ok: false, error };
}

function tokenError(token: RawToken, inputLength: number): QuerySyntaxError | null {
  if (token.unclosed) {
    return {
      message: `Unclosed quote starting at position ${token.valueStart + 1}: add a closing ".`,
      position: token.valueStart,
      length: inputLength - token.valueStart,
    };
  }
  if (token.negated && token.field === null && token.value === "" && !token.quoted) {
    return {
      message: `Nothing to exclude after the - at position ${token.start + 1}: write the term right after it, such as -action:user.login.`,
      position: token.start,
      length: 1,
    };
  }
  return null;
}

/**
 * Parses the search box text into terms. It never throws: anything it cannot read comes back as
 * `{ ok: false, error }` with a sentence and the place to underline.
 */
export function parseAuditQuery(input: string): ParseResult {
  if (typeof input !== "string") return fail({ message: "The search must be text.", position: 0, length: 0 });
  if (input.length > MAX_QUERY_LENGTH) {
    return fail({
      message: `The search is too long: keep it under ${MAX_QUERY_LENGTH.toLocaleString("en-US")} characters.`,
      position: MAX_QUERY_LENGTH,
      length: input.length - MAX_QUERY_LENGTH,
    });
  }
  // PostgreSQL text cannot hold NUL, so it would otherwise fail inside the database.
  const nul = input.indexOf("\u0000");
  if (nul !== -1) {
    return fail({ message: `The search contains an invisible NUL character at position ${nul + 1}: remove it.`, position: nul, length: 1 });
  }
  const terms: Term[] = [];
  for (const token of tokenizeQuery(input)) {
    const error = tokenError(token, input.length);
    if (error) return fail(error);
    if (token.field === null) {
      // Empty quotes ("") say nothing, so they add no condition.
      if (token.value !== "") terms.push({ field: "text", negated: token.negated, value: token.value });
      continue;
    }
    const term = parseFieldTerm(token);
    if (isSyntaxError(term)) return fail(term);
    terms.push(term);
  }
  return { ok: true, query: { terms } };
}

// `details.<path>:value` compares the JSON value at the path as text (`#>>`), which no index can
// serve. The same condition is implied by one of a few JSON containments (`details @> …`), which
// a jsonb_path_ops GIN index serves, so the compiler ANDs "any of these containments" with the
// exact text comparison: the index finds candidates, the text comparison keeps the right ones.

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ARRAY_INDEX = /^\d{1,6}$/;
/** Each numeric segment doubles the candidates (object key or array position); keep the OR short. */
const MAX_NUMERIC_SEGMENTS = 2;

/**
 * The JSON texts a stored scalar could have when `#>>` gives `value`; null when a stored object or
 * array could give it too, or the text could not travel as jsonb, so no containment is implied.
 */
function leafCandidates(value: string): string[] | null {
  if (/^\s*[[{]/.test(value) || LONE_SURROGATE.test(value)) return null;
  // Numbers go in as written: PostgreSQL compares numerics exactly, JavaScript would round.
  const leaves = [JSON.stringify(value)];
  if (JSON_NUMBER.test(value)) {
    if (value.length > 40) return null;
    leaves.push(value);
  }
  if (value === "true" || value === "false") leaves.push(value);
  return leaves;
}

function wrap(segment: string, inner: string, asArray: boolean): string {
  return asArray ? `[${inner}]` : `{${JSON.stringify(segment)}:${inner}}`;
}

/**
 * JSON documents such that every row matching `details #>> path = value` contains at least one of
 * them; null when the path is too ambiguous to be worth it (the text comparison then works alone).
 * A number in the path may be an object key or an array position: `[x]` containment ignores the
 * position, which the exact comparison then checks.
 */
export function detailsContainmentCandidates(path: string[], value: string): string[] | null {
  const numeric = path.filter((segment) => ARRAY_INDEX.test(segment)).length;
  if (numeric > MAX_NUMERIC_SEGMENTS) return null;
  const leaves = leafCandidates(value);
  if (!leaves) return null;
  let documents = leaves;
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i]!;
    const shapes = ARRAY_INDEX.test(segment) ? [false, true] : [false];
    documents = documents.flatMap((inner) => shapes.map((asArray) => wrap(segment, inner, asArray)));
  }
  return documents;
}

// `npm run gql -- [--as <token or API key>] [--var name=value ...] [--pick <path> ...] '<document>' ['<variables JSON>']`:
// sends one GraphQL operation to a running server (PARKWAY_URL, default http://localhost:4000)
// and prints the response as JSON. With `--pick data.x.y` it prints only those values, on one
// line separated by spaces (strings bare), so a shell can keep ids:
//   LOT=$(npm run --silent gql -- --pick data.lots.edges.0.node.id '{ lots(first: 1) { edges { node { id } } } }')
// `--var` gives string variables. Exits 1 when the response has errors or userErrors (to stderr).
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    as: { type: 'string' },
    var: { type: 'string', multiple: true, default: [] },
    pick: { type: 'string', multiple: true, default: [] },
    url: { type: 'string' },
  },
});
const [document, variablesJson] = positionals;
if (!document) {
  console.error("usage: npm run gql -- [--as <token|key>] [--pick data.path] '<document>' ['<variables JSON>']");
  process.exit(2);
}
const url = `${values.url ?? process.env.PARKWAY_URL ?? 'http://localhost:4000'}/graphql`;
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(values.as && { authorization: `Bearer ${values.as}` }) },
  body: JSON.stringify({ query: document, variables: { ...(variablesJson && (JSON.parse(variablesJson) as object)), ...stringVariables(values.var) } }),
});
const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
const userErrors = findUserErrors(body.data);
if (body.errors?.length || userErrors.length) {
  console.error(JSON.stringify({ errors: body.errors, userErrors }, null, 2));
  process.exit(1);
}
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, values.pick.length ? 0 : 2));
console.log(values.pick.length ? values.pick.map((path) => show(pick(body, path))).join(' ') : show(body));

function pick(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], value);
}

function stringVariables(pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--var takes name=value, got "${pair}"`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

// mutation payloads carry expected failures as data: a script should stop on them too
function findUserErrors(value: unknown): unknown[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'userErrors' && Array.isArray(inner) ? inner : findUserErrors(inner)));
}

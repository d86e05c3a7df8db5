/**
 * Answers whose data is JSON text already (built by PostgreSQL, see sql-plan.ts): the response
 * is written by splicing that text in, not by parsing it into objects to serialise them again.
 */

const RAW_FIELDS = Symbol('parkway.rawJsonFields');

/** A JSON value held as its text. Anything that serialises it without knowing sees the value. */
export class RawJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** Response data whose every field is a `RawJson`, marked so `stringifyResponse` can splice it. */
export function rawJsonData(fields: ReadonlyArray<readonly [key: string, text: string]>): Record<string, unknown> {
  const data: Record<string | symbol, unknown> = {};
  for (const [key, text] of fields) data[key] = new RawJson(text);
  // a symbol key: invisible to JSON.stringify, Object.keys and anyone reading the fields
  data[RAW_FIELDS] = true;
  return data;
}

/**
 * Apollo Server's `stringifyResult`: the same text as its default (`JSON.stringify(value) + '\n'`),
 * with raw-JSON data spliced in as it is.
 */
export function stringifyResponse(value: { errors?: unknown; data?: unknown; extensions?: unknown }): string {
  const data = value.data as Record<string | symbol, unknown> | null | undefined;
  if (value.errors === undefined && value.extensions === undefined && data?.[RAW_FIELDS] === true) {
    let text = '{"data":{';
    let separator = '';
    for (const key of Object.keys(data)) {
      text += `${separator}${JSON.stringify(key)}:${(data[key] as RawJson).text}`;
      separator = ',';
    }
    return `${text}}}\n`;
  }
  return `${JSON.stringify(value)}\n`;
}

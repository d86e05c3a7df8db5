import {
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { ColumnKeys } from '../db/prepared-read.js';

/**
 * How the fields of a GraphQL type read the columns of its table row.
 *
 * A field with no resolver of its own (the default resolver reads the property of its name) needs
 * the column of that name. A field with a resolver needs what `fieldColumns` lists for it; any
 * other field, or a field of no column, needs the whole row. So a field added later with its own
 * resolver costs a full row until someone lists its columns here: slower, never wrong.
 */
export interface RowFields {
  /** The GraphQL object type whose resolvers receive the rows, e.g. `Lot`. */
  typeName: string;
  /** The table's column keys (TypeScript names, e.g. `operatorId`). */
  columns: readonly string[];
  /** Fields with resolvers that read only these columns of the row. */
  fieldColumns: Readonly<Record<string, readonly string[]>>;
}

/**
 * The columns the nodes of a connection field (`edges { node { ... } }` and `nodes { ... }`)
 * need, given what this query selects under it; undefined when they need whole rows.
 *
 * Worked out once per document: the answer is cached on the field's syntax node, which both
 * graphql-js (with Apollo's document cache) and compiled documents reuse for every request.
 * Fragments count whatever their type condition and `@skip`/`@include` are ignored, so the answer
 * may hold more columns than a request uses, never fewer.
 */
export function connectionNodeColumns(info: GraphQLResolveInfo, fields: RowFields): ColumnKeys {
  const cache = cacheOf(fields);
  const fieldNode = info.fieldNodes[0]!;
  if (cache.has(fieldNode)) return cache.get(fieldNode);
  const columns = computeColumns(info, fields);
  cache.set(fieldNode, columns);
  return columns;
}

const caches = new WeakMap<RowFields, WeakMap<FieldNode, ColumnKeys>>();

function cacheOf(fields: RowFields): WeakMap<FieldNode, ColumnKeys> {
  let cache = caches.get(fields);
  if (!cache) caches.set(fields, (cache = new WeakMap()));
  return cache;
}

function computeColumns(info: GraphQLResolveInfo, { typeName, columns, fieldColumns }: RowFields): ColumnKeys {
  const nodeType = info.schema.getType(typeName);
  if (!isObjectType(nodeType)) throw new Error(`${typeName} is not an object type of the schema`);
  const known = new Set(columns);
  const wanted = new Set<string>();
  for (const field of nodeFields(info)) {
    const name = field.name.value;
    if (name === '__typename') continue;
    const listed = fieldColumns[name];
    if (listed) {
      for (const column of listed) wanted.add(column);
    } else if (known.has(name) && !hasOwnResolver(nodeType, name)) {
      wanted.add(name);
    } else {
      return undefined;
    }
  }
  return wanted;
}

function hasOwnResolver(type: GraphQLObjectType, fieldName: string): boolean {
  return type.getFields()[fieldName]?.resolve !== undefined;
}

/** The fields selected on the connection's nodes, through edges and nodes, fragments included. */
function nodeFields(info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  for (const connection of info.fieldNodes) {
    for (const child of selectedFields(connection.selectionSet, info)) {
      if (child.name.value === 'nodes') found.push(...selectedFields(child.selectionSet, info));
      if (child.name.value !== 'edges') continue;
      for (const edgeField of selectedFields(child.selectionSet, info)) {
        if (edgeField.name.value === 'node') found.push(...selectedFields(edgeField.selectionSet, info));
      }
    }
  }
  return found;
}

function selectedFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...selectedFields(selection.selectionSet, info));
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) fields.push(...selectedFields(fragment.selectionSet, info));
    }
  }
  return fields;
}

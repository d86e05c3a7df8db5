import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/connection.js';

/** What an operation asks for, fragments expanded. */
export interface OperationMeasure {
  /** Nested fields on the deepest path; a root field is depth 1. */
  depth: number;
  /** Aliased fields. */
  aliases: number;
  /** Fields weighted by how many times each resolves (see DocumentLimits.maxCost). */
  cost: number;
}

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
const PAGE_ARGUMENTS = ['first', 'last'];

/**
 * Measures a validated operation with its variables. Fragments are measured once per list size
 * they are spread under and reused, so a document that spreads fragments into each other many
 * times costs a walk of its text, not of its expansion.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  assumedListSize: number,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableValues = withVariableDefaults(operation, variables ?? {});
  const measuredFragments = new Map<string, OperationMeasure>();

  const measureSelections = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType | undefined,
    listSize: number,
  ): OperationMeasure => {
    let total = NOTHING;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total = alongside(total, measureField(selection, parentType, listSize));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? compositeType(selection.typeCondition.name.value) : parentType;
        total = alongside(total, measureSelections(selection.selectionSet, type, listSize));
      } else {
        total = alongside(total, measureFragment(selection.name.value, listSize));
      }
    }
    return total;
  };

  const measureFragment = (name: string, listSize: number): OperationMeasure => {
    const key = `${name}:${listSize}`;
    const known = measuredFragments.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // validation rejects unknown and cyclic spreads; the placeholder keeps a bad document finite anyway
    measuredFragments.set(key, NOTHING);
    const measured = fragment
      ? measureSelections(fragment.selectionSet, compositeType(fragment.typeCondition.name.value), listSize)
      : NOTHING;
    measuredFragments.set(key, measured);
    return measured;
  };

  const measureField = (node: FieldNode, parentType: GraphQLCompositeType | undefined, listSize: number): OperationMeasure => {
    const field = fieldOf(schema, parentType, node.name.value);
    const alias = node.alias ? 1 : 0;
    if (!field || !node.selectionSet) return { depth: 1, aliases: alias, cost: 1 };
    const pageSize = pageSizeOf(node, field, variableValues);
    // a list counts the page size of the connection holding it (`edges` under `lots(first: 5)`)
    const items = isListType(getNullableType(field.type)) ? (pageSize ?? listSize) : 1;
    const namedType = getNamedType(field.type);
    const children = measureSelections(
      node.selectionSet,
      isCompositeType(namedType) ? namedType : undefined,
      pageSize ?? assumedListSize,
    );
    // introspection has its own switch, and graphql's MaxIntrospectionDepthRule bounds its nesting
    if (field === SchemaMetaFieldDef || field === TypeMetaFieldDef) return { depth: 1, aliases: alias + children.aliases, cost: 1 };
    return { depth: 1 + children.depth, aliases: alias + children.aliases, cost: 1 + items * children.cost };
  };

  const compositeType = (name: string): GraphQLCompositeType | undefined => {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  };

  const rootType = schema.getRootType(operation.operation) ?? undefined;
  return measureSelections(operation.selectionSet, rootType, assumedListSize);
}

function alongside(a: OperationMeasure, b: OperationMeasure): OperationMeasure {
  return { depth: Math.max(a.depth, b.depth), aliases: a.aliases + b.aliases, cost: a.cost + b.cost };
}

function fieldOf(
  schema: GraphQLSchema,
  parentType: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return parentType && 'getFields' in parentType ? parentType.getFields()[name] : undefined;
}

/**
 * The page a field with `first`/`last` returns: the argument's literal, its variable, the
 * variable's default or the schema's default, capped to what a connection serves. A value the
 * field will reject (negative, not an integer) counts as the default: the field's own error says
 * what is wrong with it. Undefined for a field without page arguments.
 */
function pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number | undefined {
  let size: number | undefined;
  for (const name of PAGE_ARGUMENTS) {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) continue;
    const argument = node.arguments?.find((arg) => arg.name.value === name);
    const given = argument ? valueFromASTUntyped(argument.value, variables) : undefined;
    const value = given ?? definition.defaultValue ?? DEFAULT_PAGE_SIZE;
    const usable = Number.isInteger(value) && (value as number) >= 0 ? (value as number) : DEFAULT_PAGE_SIZE;
    size = Math.max(size ?? 0, Math.min(usable, MAX_PAGE_SIZE));
  }
  return size;
}

function withVariableDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const values = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] === undefined && definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return values;
}

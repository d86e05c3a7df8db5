import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/schema.js';

// Partners read the schema as the documentation: everything in it must say what it is.
describe('the schema', () => {
  const schema = buildSchema();
  const ownTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
  const builtInScalars = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

  it('describes every type, field, argument, input field and enum value', () => {
    const undocumented: string[] = [];
    const check = (path: string, description: string | null | undefined) => {
      if (!description?.trim()) undocumented.push(path);
    };
    for (const type of ownTypes) {
      if (isScalarType(type) && builtInScalars.has(type.name)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      if (isUnionType(type)) continue;
    }
    expect(undocumented).toEqual([]);
  });

  it('caps every connection page at 100 and defaults it', () => {
    for (const type of ownTypes) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.type.toString().endsWith('Connection!')) continue;
        const first = field.args.find((arg) => arg.name === 'first');
        expect(first, `${type.name}.${field.name} takes first`).toBeDefined();
        expect(first!.description).toContain('0 to 100');
        expect(first!.defaultValue).toBe(20);
      }
    }
  });
});

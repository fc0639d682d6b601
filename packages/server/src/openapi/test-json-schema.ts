/**
 * A JSON Schema 2020-12 validator for the tests of the OpenAPI description, for the keywords
 * @valibot/to-json-schema writes (no validator library is installed, and one is not worth a
 * dependency for a test). A keyword it does not know is an error, never passed over, so a
 * schema it cannot judge fails the test instead of passing it.
 */

type Schema = boolean | { [keyword: string]: unknown };

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

/** Keywords that say something about a value without restricting it. */
const ANNOTATIONS = new Set(['$schema', '$comment', 'title', 'description', 'default', 'examples', 'format', 'contentMediaType', 'contentEncoding', 'readOnly', 'writeOnly', 'deprecated']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSchema = (value: unknown): value is Schema => typeof value === 'boolean' || isObject(value);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a keyword's value in a schema is of the right kind, per keyword. */
const KEYWORD_SHAPES: Record<string, (value: unknown) => boolean> = {
  $ref: (value) => typeof value === 'string' && value.startsWith('#/'),
  type: (value) => (Array.isArray(value) ? value : [value]).every((type) => TYPES.includes(type as string)),
  enum: (value) => Array.isArray(value) && value.length > 0,
  const: () => true,
  properties: (value) => isObject(value) && Object.values(value).every(isSchema),
  required: (value) => Array.isArray(value) && value.every((name) => typeof name === 'string'),
  additionalProperties: isSchema,
  propertyNames: isSchema,
  items: isSchema,
  prefixItems: (value) => Array.isArray(value) && value.every(isSchema),
  anyOf: (value) => Array.isArray(value) && value.length > 0 && value.every(isSchema),
  oneOf: (value) => Array.isArray(value) && value.length > 0 && value.every(isSchema),
  allOf: (value) => Array.isArray(value) && value.length > 0 && value.every(isSchema),
  not: isSchema,
  // Compiling throws for a pattern that is no regular expression; the error is reported.
  pattern: (value) => typeof value === 'string' && new RegExp(value, 'u') instanceof RegExp,
  minLength: isCount, maxLength: isCount, minItems: isCount, maxItems: isCount, minProperties: isCount, maxProperties: isCount,
  minimum: Number.isFinite, maximum: Number.isFinite, exclusiveMinimum: Number.isFinite, exclusiveMaximum: Number.isFinite,
};

/** The schemas a keyword holds, to check them too. */
function subschemasOf(keyword: string, value: unknown): Schema[] {
  if (keyword === 'properties') return Object.values(value as Record<string, Schema>);
  if (['prefixItems', 'anyOf', 'oneOf', 'allOf'].includes(keyword)) return value as Schema[];
  if (['additionalProperties', 'propertyNames', 'items', 'not'].includes(keyword)) return [value as Schema];
  return [];
}

/**
 * Lists what is wrong with a schema as JSON Schema 2020-12 (of the keywords this validator knows):
 * unknown keywords, keyword values of the wrong kind, regular expressions that do not compile.
 */
export function findSchemaErrors(schema: unknown, at = '#'): string[] {
  if (typeof schema === 'boolean') return [];
  if (!isObject(schema)) return [`${at}: a schema is an object or a boolean`];
  return Object.entries(schema).flatMap(([keyword, value]) => {
    if (ANNOTATIONS.has(keyword)) return [];
    const shape = KEYWORD_SHAPES[keyword];
    if (!shape) return [`${at}: unknown keyword ${keyword}`];
    let fits: boolean;
    try {
      fits = shape(value);
    } catch (error) {
      return [`${at}/${keyword}: ${(error as Error).message}`];
    }
    if (!fits) return [`${at}/${keyword}: not a valid value (${JSON.stringify(value)})`];
    return subschemasOf(keyword, value).flatMap((subschema, index) => findSchemaErrors(subschema, `${at}/${keyword}/${index}`));
  });
}

/** Finds what a local `$ref` (`#/components/schemas/Case`) points at in the document. */
export function resolvePointer(document: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined), document);
}

/**
 * Lists where a value does not fit a schema, with `$ref`s resolved in `document`; empty when it fits.
 *
 * @example
 * findValueErrors({ $ref: '#/components/schemas/Case' }, body, openApiDocument);
 */
export function findValueErrors(schema: Schema, value: unknown, document: unknown, at = ''): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at || '(root)'}: no value is allowed here`];
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${at || '(root)'}: ${message}`);
  const sub = (subschema: unknown, subvalue: unknown, path = at) => findValueErrors(subschema as Schema, subvalue, document, path);
  const child = (name: string | number) => (at ? `${at}.${name}` : String(name));
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const count = rule as number;
    const options = rule as Schema[];
    switch (keyword) {
      case '$ref': {
        const target = resolvePointer(document, rule as string);
        if (isSchema(target)) errors.push(...sub(target, value));
        else fail(`$ref ${String(rule)} points at nothing`);
        break;
      }
      case 'type': if (!(Array.isArray(rule) ? rule : [rule]).some((type) => hasType(value, type as string))) fail(`is ${typeOf(value)}, not ${String(rule)}`); break;
      case 'enum': if (!(rule as unknown[]).some((option) => sameJson(option, value))) fail(`${JSON.stringify(value)} is none of ${JSON.stringify(rule)}`); break;
      case 'const': if (!sameJson(rule, value)) fail(`${JSON.stringify(value)} is not ${JSON.stringify(rule)}`); break;
      case 'anyOf': if (!options.some((option) => sub(option, value).length === 0)) fail(`fits none of anyOf: ${options.map((option) => sub(option, value).join('; ')).join(' | ')}`); break;
      case 'oneOf': {
        const fitting = options.filter((option) => sub(option, value).length === 0).length;
        if (fitting !== 1) fail(`fits ${fitting} of oneOf, not exactly 1`);
        break;
      }
      case 'allOf': for (const option of options) errors.push(...sub(option, value)); break;
      case 'not': if (sub(rule, value).length === 0) fail('fits the schema of not'); break;
      case 'minLength': if (typeof value === 'string' && [...value].length < count) fail(`shorter than ${count} characters`); break;
      case 'maxLength': if (typeof value === 'string' && [...value].length > count) fail(`longer than ${count} characters`); break;
      case 'pattern': if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) fail(`${JSON.stringify(value)} does not match ${String(rule)}`); break;
      case 'minimum': if (typeof value === 'number' && value < count) fail(`under ${count}`); break;
      case 'maximum': if (typeof value === 'number' && value > count) fail(`over ${count}`); break;
      case 'exclusiveMinimum': if (typeof value === 'number' && value <= count) fail(`not over ${count}`); break;
      case 'exclusiveMaximum': if (typeof value === 'number' && value >= count) fail(`not under ${count}`); break;
      case 'minItems': if (Array.isArray(value) && value.length < count) fail(`fewer than ${count} items`); break;
      case 'maxItems': if (Array.isArray(value) && value.length > count) fail(`more than ${count} items`); break;
      case 'prefixItems': if (Array.isArray(value)) options.forEach((item, index) => index < value.length && errors.push(...sub(item, value[index], child(index)))); break;
      case 'items': {
        const after = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
        if (Array.isArray(value)) value.forEach((item, index) => index >= after && errors.push(...sub(rule, item, child(index))));
        break;
      }
      case 'minProperties': if (isObject(value) && Object.keys(value).length < count) fail(`fewer than ${count} properties`); break;
      case 'maxProperties': if (isObject(value) && Object.keys(value).length > count) fail(`more than ${count} properties`); break;
      case 'required': if (isObject(value)) for (const name of rule as string[]) if (!Object.hasOwn(value, name)) fail(`lacks ${name}`); break;
      case 'properties': if (isObject(value)) for (const [name, propertySchema] of Object.entries(rule as Record<string, Schema>)) if (Object.hasOwn(value, name)) errors.push(...sub(propertySchema, value[name], child(name))); break;
      case 'propertyNames': if (isObject(value)) for (const name of Object.keys(value)) errors.push(...sub(rule, name, `${child(name)} (its name)`)); break;
      case 'additionalProperties': {
        const declared = isObject(schema.properties) ? schema.properties : {};
        if (isObject(value)) for (const [name, property] of Object.entries(value)) if (!Object.hasOwn(declared, name)) errors.push(...sub(rule, property, child(name)));
        break;
      }
      default: fail(`the keyword ${keyword} is not known to this validator`);
    }
  }
  return errors;
}

/**
 * Generates a custom elements manifest (`custom-elements.json`, schema 2.1.0) for a package of
 * lit elements from its TypeScript sources, so editors, Storybook and documentation tools know
 * the elements' attributes, properties, methods, events, slots, CSS parts and custom properties.
 *
 * What it reads, for every class that `customElements.define()` registers (or whose JSDoc has
 * `@tagname`):
 * - the class's JSDoc: its description and the tags `@attr`/`@attribute`, `@fires`/`@event`,
 *   `@slot`, `@csspart` and `@cssprop`/`@cssproperty`, each as `name - description`;
 * - `static properties` (lit's reactive properties): which attribute each has, and whether it reflects;
 * - the public fields, accessors and methods with their JSDoc, written types and `@param`s.
 *   Members whose name starts with `_` or `#`, `private`/`protected`/`static`/`override` members
 *   and members marked `@internal` are left out.
 * An event's type is the event class whose constructor calls `super('<event name>', …)`.
 *
 * The analyzer of the custom-elements-manifest project does this for any code; this covers what
 * Loket's elements use, on the TypeScript compiler the repository already has.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const SCHEMA_VERSION = '2.1.0';
/** Sources that never ship in an element: tests and their helpers. */
const IS_TEST = /(\.test\.ts|\.fixture\.ts)$|(^|\/)test-support\//;

/**
 * The manifest of the package in `packageDir`, from the `.ts` files under its `src/`.
 *
 * @param {{ packageDir: string }} options
 * @returns {Promise<object>} the manifest; module paths are relative to the package.
 */
export async function createCustomElementsManifest({ packageDir }) {
  const files = await readSources(packageDir);
  const definitions = files.flatMap(findDefinitions);
  const eventTypes = new Map(files.flatMap(findEventClasses));
  const modules = [];
  for (const file of files) {
    const declarations = [];
    const exports = [];
    for (const node of file.source.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      const name = node.name.text;
      const tagName = definitions.find((definition) => definition.className === name)?.tagName ?? tagOf(node);
      if (!tagName) continue;
      declarations.push(describeElement(node, { tagName, eventTypes, file }));
      if (isExported(node)) exports.push({ kind: 'js', name, declaration: { name, module: file.path } });
    }
    for (const definition of definitions.filter((item) => item.module === file.path)) {
      const declaring = files.find((other) => other.source.statements.some((node) => ts.isClassDeclaration(node) && node.name?.text === definition.className));
      exports.push({
        kind: 'custom-element-definition',
        name: definition.tagName,
        declaration: { name: definition.className, module: declaring?.path ?? file.path },
      });
    }
    if (declarations.length > 0 || exports.length > 0) modules.push({ kind: 'javascript-module', path: file.path, declarations, exports });
  }
  return { schemaVersion: SCHEMA_VERSION, readme: '', modules };
}

/**
 * Writes the manifest of the package in `packageDir` to `outFile` (relative to the package).
 *
 * @param {{ packageDir: string, outFile: string }} options
 */
export async function writeCustomElementsManifest({ packageDir, outFile }) {
  const manifest = await createCustomElementsManifest({ packageDir });
  await writeFile(join(packageDir, outFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The package's sources, parsed, in a stable order; `path` as the manifest names it (`src/…`). */
async function readSources(packageDir) {
  const srcDir = join(packageDir, 'src');
  const entries = await readdir(srcDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(packageDir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((path) => !IS_TEST.test(path))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({
      path,
      source: ts.createSourceFile(path, await readFile(join(packageDir, path), 'utf8'), ts.ScriptTarget.Latest, true),
    })),
  );
}

/** `customElements.define('tag', Class)` calls of a file. */
function findDefinitions(file) {
  const found = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'define' &&
      node.expression.expression.getText(file.source).endsWith('customElements') &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      node.arguments[1] &&
      ts.isIdentifier(node.arguments[1])
    ) {
      found.push({ tagName: node.arguments[0].text, className: node.arguments[1].text, module: file.path });
    }
    ts.forEachChild(node, visit);
  };
  visit(file.source);
  return found;
}

/** Event classes of a file, by the event name their constructor passes to `super()`. */
function findEventClasses(file) {
  const found = [];
  for (const node of file.source.statements) {
    if (!ts.isClassDeclaration(node) || !node.name) continue;
    const constructor = node.members.find(ts.isConstructorDeclaration);
    const superCall = constructor?.body?.statements
      .map((statement) => (ts.isExpressionStatement(statement) ? statement.expression : undefined))
      .find((expression) => expression && ts.isCallExpression(expression) && expression.expression.kind === ts.SyntaxKind.SuperKeyword);
    const eventName = superCall?.arguments[0];
    if (eventName && ts.isStringLiteralLike(eventName)) found.push([eventName.text, node.name.text]);
  }
  return found;
}

/** The manifest's declaration of an element class. */
function describeElement(node, { tagName, eventTypes, file }) {
  const tags = ts.getJSDocTags(node);
  const tagged = (...names) => tags.filter((tag) => names.includes(tag.tagName.text)).map(readNameAndDescription);
  const reactive = readStaticProperties(node);
  const members = describeMembers(node, file, reactive);

  const attributes = [];
  for (const [fieldName, options] of reactive) {
    if (options.state || options.attribute === false) continue;
    const name = typeof options.attribute === 'string' ? options.attribute : fieldName.toLowerCase();
    const field = members.find((member) => member.name === fieldName);
    attributes.push(withoutEmpty({ name, type: field?.type ?? options.type, description: field?.description, fieldName }));
  }
  for (const { name, description, type } of tagged('attr', 'attribute')) {
    const attribute = attributes.find((item) => item.name === name);
    if (attribute) Object.assign(attribute, withoutEmpty({ description, type: type ?? attribute.type }));
    else attributes.push(withoutEmpty({ name, description, type }));
  }

  // A reactive property without JSDoc of its own is described by its attribute's `@attr`.
  for (const attribute of attributes) {
    const field = members.find((member) => member.name === attribute.fieldName);
    if (field && !field.description && attribute.description) field.description = attribute.description;
  }

  const superclass = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  return withoutEmpty({
    kind: 'class',
    description: descriptionOf(node),
    name: node.name.text,
    tagName,
    customElement: true,
    superclass: superclass && ts.isIdentifier(superclass) ? referenceTo(superclass.text, file) : undefined,
    attributes,
    members,
    events: tagged('fires', 'event').map(({ name, description, type }) => {
      const eventClass = type?.text ?? eventTypes.get(name);
      return withoutEmpty({ name, description, type: eventClass ? { text: eventClass } : { text: 'Event' } });
    }),
    slots: tagged('slot').map(({ name, description }) => withoutEmpty({ name, description })),
    cssParts: tagged('csspart').map(({ name, description }) => withoutEmpty({ name, description })),
    cssProperties: tagged('cssprop', 'cssproperty').map(({ name, description, defaultValue }) => withoutEmpty({ name, description, default: defaultValue })),
  });
}

/** lit's `static properties = { name: { type, attribute, reflect, state } }`, by property name. */
function readStaticProperties(node) {
  const properties = new Map();
  const declaration = node.members.find(
    (member) => ts.isPropertyDeclaration(member) && isStatic(member) && member.name.getText() === 'properties',
  );
  const literal = declaration?.initializer;
  if (!literal || !ts.isObjectLiteralExpression(literal)) return properties;
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
    const options = {};
    for (const option of property.initializer.properties) {
      if (!ts.isPropertyAssignment(option)) continue;
      const key = option.name.getText();
      const value = option.initializer;
      if (key === 'type' && ts.isIdentifier(value)) options.type = { text: value.text.toLowerCase() };
      else if (key === 'attribute') options.attribute = ts.isStringLiteralLike(value) ? value.text : value.kind !== ts.SyntaxKind.FalseKeyword;
      else if (key === 'reflect') options.reflect = value.kind === ts.SyntaxKind.TrueKeyword;
      else if (key === 'state') options.state = value.kind === ts.SyntaxKind.TrueKeyword;
    }
    properties.set(property.name.getText().replace(/^['"]|['"]$/g, ''), options);
  }
  return properties;
}

/** The public fields, accessors and methods of an element class. */
function describeMembers(node, file, reactive) {
  const members = [];
  for (const member of node.members) {
    if (!member.name || !ts.isIdentifier(member.name) || !isPublic(member)) continue;
    const name = member.name.text;
    const description = descriptionOf(member);
    if (ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)) {
      if (members.some((known) => known.name === name)) continue; // a getter and its setter are one field
      const options = reactive.get(name);
      const typeNode = ts.isSetAccessorDeclaration(member) ? member.parameters[0]?.type : member.type;
      const initializer = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
      const hasSetter = node.members.some((other) => ts.isSetAccessorDeclaration(other) && other.name.getText() === name);
      members.push(
        withoutEmpty({
          kind: 'field',
          name,
          type: typeNode ? { text: typeNode.getText(file.source) } : (options?.type ?? typeOfLiteral(initializer)),
          description,
          default: initializer?.getText(file.source),
          readonly: ts.isGetAccessorDeclaration(member) && !hasSetter ? true : undefined,
          attribute: options && !options.state && options.attribute !== false ? (typeof options.attribute === 'string' ? options.attribute : name.toLowerCase()) : undefined,
          reflects: options?.reflect || undefined,
        }),
      );
    } else if (ts.isMethodDeclaration(member)) {
      const params = ts.getJSDocTags(member).filter(ts.isJSDocParameterTag);
      members.push(
        withoutEmpty({
          kind: 'method',
          name,
          description,
          parameters: member.parameters.map((parameter) => {
            const parameterName = parameter.name.getText(file.source);
            const tag = params.find((item) => item.name.getText() === parameterName);
            return withoutEmpty({
              name: parameterName,
              type: parameter.type ? { text: parameter.type.getText(file.source) } : undefined,
              optional: parameter.questionToken || parameter.initializer ? true : undefined,
              description: tag ? ts.getTextOfJSDocComment(tag.comment)?.replace(/^-\s*/, '') : undefined,
            });
          }),
          return: member.type ? { type: { text: member.type.getText(file.source) } } : undefined,
        }),
      );
    }
  }
  return members;
}

/** Whether a class member belongs in the public description of an element. */
function isPublic(member) {
  const name = member.name.text;
  if (name.startsWith('_') || ts.isConstructorDeclaration(member)) return false;
  const hidden = [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword, ts.SyntaxKind.OverrideKeyword];
  if (ts.getModifiers?.(member)?.some((modifier) => hidden.includes(modifier.kind))) return false;
  return !ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal' || tag.tagName.text === 'ignore');
}

function isStatic(member) {
  return ts.getModifiers?.(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) ?? false;
}

function isExported(node) {
  return ts.getModifiers?.(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}

/** `@tagname loket-x` (or `@tag`) on a class that is registered elsewhere, e.g. by its users. */
function tagOf(node) {
  const tag = ts.getJSDocTags(node).find((item) => item.tagName.text === 'tagname' || item.tagName.text === 'tag');
  return tag ? ts.getTextOfJSDocComment(tag.comment)?.trim() : undefined;
}

/** The text of a node's JSDoc, before its tags. */
function descriptionOf(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = ts.getTextOfJSDocComment(docs.at(-1)?.comment)?.trim();
  return text || undefined;
}

/**
 * Reads a tag written as `name - description`, `{Type} name - description`,
 * `[name=default] - description` or, for the default slot, `- description` (the forms of the
 * custom-elements-manifest analyzer).
 */
function readNameAndDescription(tag) {
  let text = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
  // `@slot - The label.`: the default slot, which has no name.
  if (/^-(\s|$)/.test(text)) return { name: '', description: text.slice(1).trim() || undefined };
  let type;
  const typed = /^\{([^}]+)\}\s*/.exec(text);
  if (typed) {
    type = { text: typed[1].trim() };
    text = text.slice(typed[0].length);
  }
  const match = /^(\[[^\]]+\]|\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(text) ?? ['', '', ''];
  let [, name, description] = match;
  let defaultValue;
  if (name.startsWith('[')) {
    const inner = name.slice(1, -1);
    const at = inner.indexOf('=');
    [name, defaultValue] = at < 0 ? [inner.trim(), undefined] : [inner.slice(0, at).trim(), inner.slice(at + 1).trim()];
  }
  return { name, description: description.trim() || undefined, type, defaultValue };
}

/** Where a superclass comes from: a package (`lit`) or a module of this package. */
function referenceTo(name, file) {
  for (const statement of file.source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteralLike(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((element) => element.name.text === name)) continue;
    const from = statement.moduleSpecifier.text;
    return from.startsWith('.') ? { name, module: from } : { name, package: from };
  }
  return { name };
}

function typeOfLiteral(initializer) {
  if (!initializer) return undefined;
  if (ts.isStringLiteralLike(initializer)) return { text: 'string' };
  if (ts.isNumericLiteral(initializer)) return { text: 'number' };
  if (initializer.kind === ts.SyntaxKind.TrueKeyword || initializer.kind === ts.SyntaxKind.FalseKeyword) return { text: 'boolean' };
  return undefined;
}

/** The object without `undefined` values and empty lists, as the manifest leaves them out. */
function withoutEmpty(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

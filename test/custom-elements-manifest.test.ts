import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import { createCustomElementsManifest } from '../scripts/custom-elements-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

type Named = { name: string; description?: string; default?: string; [field: string]: unknown };
type Declaration = Named & { tagName?: string; attributes?: Named[]; members?: Named[]; events?: Named[]; slots?: Named[]; cssParts?: Named[]; cssProperties?: Named[] };
type Manifest = { schemaVersion: string; modules: { path: string; declarations: Declaration[]; exports: Named[] }[] };

const manifestOf = (packageDir: string) => createCustomElementsManifest({ packageDir }) as Promise<Manifest>;
const elementOf = (manifest: Manifest, tagName: string) =>
  manifest.modules.flatMap((module) => module.declarations).find((declaration) => declaration.tagName === tagName);

/** A package with one element written as a future Loket element might be, to generate a manifest from. */
const FIXTURE: Record<string, string> = {
  'src/components/x-rating/x-rating.ts': `import { html, LitElement } from 'lit';

/**
 * Stars to rate with.
 *
 * @attr max - Most stars.
 * @attr {string} label-text - The label, read by screen readers.
 * @fires rating-change - The value changed.
 * @slot - The label.
 * @slot hint - Help under the stars.
 * @csspart star - Each star.
 * @cssprop [--x-rating-colour=gold] - Colour of a chosen star.
 */
export class XRating extends LitElement {
  static override properties = {
    value: { type: Number, reflect: true },
    max: { type: Number },
    labelText: { attribute: 'label-text' },
    readOnly: { type: Boolean, attribute: false },
    _hover: { state: true },
  };

  /** The chosen number of stars. */
  declare value: number;
  declare max: number;
  declare labelText: string;
  /** Whether the value can change. */
  declare readOnly: boolean;
  declare _hover: number;
  /** @internal */
  helper = 1;
  #secret = 2;

  /** How full, from 0 to 1. */
  get fraction(): number {
    return this.value / this.max;
  }

  /**
   * Sets the value.
   * @param value - The new number of stars.
   */
  choose(value: number, announce = true): void {}

  protected override render() {
    return html\`<span part="star"></span>\`;
  }
}
`,
  'src/events/rating-change.ts': `export class RatingChangeEvent extends CustomEvent<{ value: number }> {
  constructor(value: number) {
    super('rating-change', { bubbles: true, composed: true, detail: { value } });
  }
}
`,
  'src/define.ts': `import { XRating } from './components/x-rating/x-rating';
customElements.define('x-rating', XRating);
`,
  'src/components/x-rating/x-rating.test.ts': `class XTest extends HTMLElement {}
customElements.define('x-test', XTest);
`,
};

describe('custom-elements.json', () => {
  let fixture: string;
  beforeAll(async () => {
    fixture = await mkdtemp(join(tmpdir(), 'loket-manifest-'));
    for (const [path, text] of Object.entries(FIXTURE)) {
      await mkdir(dirname(join(fixture, path)), { recursive: true });
      await writeFile(join(fixture, path), text);
    }
  });
  afterAll(() => rm(fixture, { recursive: true, force: true }));

  it("describes an element from its JSDoc, its reactive properties and its public members", async () => {
    const manifest = await manifestOf(fixture);
    expect(manifest.schemaVersion).toBe('2.1.0');
    // Test files define no element of the package.
    expect(manifest.modules.map((module) => module.path)).toEqual(['src/components/x-rating/x-rating.ts', 'src/define.ts']);
    const element = elementOf(manifest, 'x-rating')!;
    expect(element).toMatchObject({ kind: 'class', name: 'XRating', customElement: true, description: 'Stars to rate with.', superclass: { name: 'LitElement', package: 'lit' } });
    expect(element.attributes).toEqual([
      { name: 'value', type: { text: 'number' }, description: 'The chosen number of stars.', fieldName: 'value' },
      { name: 'max', type: { text: 'number' }, description: 'Most stars.', fieldName: 'max' },
      { name: 'label-text', type: { text: 'string' }, description: 'The label, read by screen readers.', fieldName: 'labelText' },
    ]);
    expect(element.members).toEqual([
      { kind: 'field', name: 'value', type: { text: 'number' }, description: 'The chosen number of stars.', attribute: 'value', reflects: true },
      { kind: 'field', name: 'max', type: { text: 'number' }, attribute: 'max', description: 'Most stars.' },
      { kind: 'field', name: 'labelText', type: { text: 'string' }, attribute: 'label-text', description: 'The label, read by screen readers.' },
      { kind: 'field', name: 'readOnly', type: { text: 'boolean' }, description: 'Whether the value can change.' },
      { kind: 'field', name: 'fraction', type: { text: 'number' }, description: 'How full, from 0 to 1.', readonly: true },
      {
        kind: 'method',
        name: 'choose',
        description: 'Sets the value.',
        parameters: [
          { name: 'value', type: { text: 'number' }, description: 'The new number of stars.' },
          { name: 'announce', optional: true },
        ],
        return: { type: { text: 'void' } },
      },
    ]);
    expect(element.events).toEqual([{ name: 'rating-change', description: 'The value changed.', type: { text: 'RatingChangeEvent' } }]);
    expect(element.slots).toEqual([{ name: '', description: 'The label.' }, { name: 'hint', description: 'Help under the stars.' }]);
    expect(element.cssParts).toEqual([{ name: 'star', description: 'Each star.' }]);
    expect(element.cssProperties).toEqual([{ name: '--x-rating-colour', description: 'Colour of a chosen star.', default: 'gold' }]);
    expect(manifest.modules[1]!.exports).toEqual([
      { kind: 'custom-element-definition', name: 'x-rating', declaration: { name: 'XRating', module: 'src/components/x-rating/x-rating.ts' } },
    ]);
  });

  describe('of @loket/widget', () => {
    /** The texts of the element's sources (its components, without tests). */
    async function componentSources(): Promise<{ path: string; text: string }[]> {
      const dir = join(root, 'packages/widget/src/components');
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'));
      return Promise.all(files.map(async (entry) => ({ path: entry.name, text: await readFile(join(entry.parentPath, entry.name), 'utf8') })));
    }

    /** Each `var(--loket-…, fallback)` in a text, with its fallback (which may hold parentheses and commas). */
    function customPropertiesRead(css: string): { name: string; fallback?: string }[] {
      const found = [];
      for (const match of css.matchAll(/var\(\s*(--loket-[\w-]+)\s*(,?)/g)) {
        let fallback: string | undefined;
        if (match[2]) {
          let depth = 0;
          let end = match.index + match[0].length;
          for (; end < css.length && (depth > 0 || css[end] !== ')'); end++) depth += css[end] === '(' ? 1 : css[end] === ')' ? -1 : 0;
          fallback = css.slice(match.index + match[0].length, end).trim();
        }
        found.push({ name: match[1]!, fallback });
      }
      return found;
    }

    it('documents every --loket-* custom property the element reads, with the default it falls back to', async () => {
      const element = elementOf(await manifestOf(join(root, 'packages/widget')), 'loket-widget')!;
      const documented = new Map((element.cssProperties ?? []).map((property) => [property.name, property]));
      for (const { path, text } of await componentSources()) {
        for (const { name, fallback } of customPropertiesRead(text)) {
          expect(documented.has(name), `${path} reads ${name}: add "@cssproperty [${name}=<default>] - <what it sets>" to the JSDoc of LoketWidget`).toBe(true);
          const documentedDefault = documented.get(name)?.default;
          if (documentedDefault !== undefined && fallback !== undefined && !fallback.startsWith('var(')) {
            expect(fallback, `${path}: the default of ${name}`).toBe(documentedDefault);
          }
        }
      }
    });

    it('documents every CSS part the element exposes', async () => {
      const element = elementOf(await manifestOf(join(root, 'packages/widget')), 'loket-widget')!;
      const documented = new Set((element.cssParts ?? []).map((part) => part.name));
      for (const { path, text } of await componentSources()) {
        for (const [, names] of text.matchAll(/\bpart="([^"$]+)"/g)) {
          for (const name of names!.split(/\s+/)) {
            expect(documented.has(name), `${path} has part="${name}": add "@csspart ${name} - <what it is>" to the JSDoc of LoketWidget`).toBe(true);
          }
        }
      }
    });
  });
});

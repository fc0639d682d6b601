import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary folder of files for one test; `remove()` deletes it. */
export type TempFolder = { dir: string; remove(): Promise<void> };

/** Writes files (path relative to a new temporary folder → content) and returns the folder. */
export async function writeTempFiles(files: Record<string, string>): Promise<TempFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-test-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A valid `site.yaml`. */
export const SITE_YAML = `name: Acme
nextSteps: { nl: We bellen terug., en: We call back. }
`;

/** A valid flow with a condition. */
export const ORDERS_FLOW = `id: orders
label: { nl: Bestellingen, en: Orders }
questions:
  - id: arrived
    kind: yesno
    required: true
    label: { nl: Is de bestelling aangekomen?, en: Did the order arrive? }
  - id: damage
    kind: single
    when: { question: arrived, equals: 'yes' }
    label: { nl: Wat is er beschadigd?, en: What is damaged? }
    options:
      - { id: box, label: { nl: De doos, en: The box } }
      - { id: product, label: { nl: Het product, en: The product } }
`;

import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SITES_DIR } from '../test-support';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { runCheckCommand } from './check-command';

const folders: TempFolder[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => folder.remove()));
});

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await writeTempFiles(files);
  folders.push(folder);
  return folder.dir;
}

const ARTICLE = `---
title: Retour sturen
locale: nl
topics: [orders]
---
Stuur het pakket terug met het label.
`;

describe('loket check', () => {
  it('passes the demo sites with a short summary', async () => {
    const result = await runCheckCommand([DEMO_SITES_DIR], {});
    expect(result.exitCode).toBe(0);
    expect(result.output[0]).toBe('1 site checked: no problems.');
    expect(result.output[1]).toMatch(/^ {2}demo \(7 topics, \d+ articles, 1 secret key, hours in Europe\/Amsterdam\)$/);
  });

  it('checks one site folder too', async () => {
    const dir = await folderWith({ 'acme/site.yaml': SITE_YAML, 'acme/flows/orders.yaml': ORDERS_FLOW });
    const result = await runCheckCommand([`${dir}/acme`], {});
    expect(result).toEqual({ output: ['1 site checked: no problems.', '  acme (1 topic, 0 articles, 0 secret keys)'], exitCode: 0 });
  });

  it('reports problems in site.yaml, flows and articles at once, as file:line: path: explanation', async () => {
    const dir = await folderWith({
      'acme/site.yaml': `${SITE_YAML}secretKeys: [$ACME_KEY]\n`,
      'acme/flows/orders.yaml': ORDERS_FLOW.replace(', en: The box', ''),
      'acme/articles/returns.nl.md': ARTICLE.replace('topics: [orders]', 'topics: [returns]'),
    });
    const result = await runCheckCommand([dir], {});
    expect(result.exitCode).toBe(1);
    expect(result.output).toEqual([
      expect.stringMatching(/acme\/site\.yaml:3: secretKeys\.0: The environment variable ACME_KEY is not set/),
      expect.stringMatching(/acme\/flows\/orders\.yaml:13: questions\.1\.options\.0\.label\.en: /),
      expect.stringMatching(/acme\/articles\/returns\.nl\.md:\d+: .*returns/),
      '',
      '3 problems in 1 site.',
    ]);
  });

  it('reads secrets from the environment it is given', async () => {
    const dir = await folderWith({ 'acme/site.yaml': `${SITE_YAML}secretKeys: [$ACME_KEY]\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect((await runCheckCommand([dir], { ACME_KEY: 'x'.repeat(30) })).exitCode).toBe(0);
    expect((await runCheckCommand([dir], { ACME_KEY: 'x'.repeat(10) })).output[0]).toMatch(/at least 24 characters; this one has 10/);
  });

  it('says what to name when the folder does not exist', async () => {
    const result = await runCheckCommand(['/no/such/sites'], {});
    expect(result.exitCode).toBe(1);
    expect(result.output[0]).toMatch(/no such folder\. Name a folder with one folder per site/);
  });
});

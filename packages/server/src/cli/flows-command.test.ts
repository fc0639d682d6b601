import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SITES_DIR } from '../test-support';
import { ORDERS_FLOW, writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { runFlowsCommand } from './flows-command';
import { UsageError } from './usage-error';

const folders: TempFolder[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => folder.remove()));
});

async function validate(files: Record<string, string>) {
  const folder = await writeTempFiles(files);
  folders.push(folder);
  return runFlowsCommand(['validate', ...Object.keys(files).map((name) => `${folder.dir}/${name}`)]);
}

describe('loket flows validate', () => {
  it('passes the demo flows', async () => {
    const result = await runFlowsCommand(['validate', `${DEMO_SITES_DIR}demo/flows`]);
    expect(result).toEqual({ exitCode: 0, output: ['7 flows checked: no mistakes (internet, wifi, software, tv, billing, moving, other).'] });
  });

  it('reports an unknown question id in a condition with file, line and path, and exits with 1', async () => {
    const result = await validate({ 'orders.yaml': ORDERS_FLOW.replace('question: arrived', 'question: arived') });
    expect(result.exitCode).toBe(1);
    expect(result.output[0]).toMatch(/orders\.yaml:10: questions\.1\.when\.question: .*arived/);
    expect(result.output.at(-1)).toBe('1 mistake in 1 flow file.');
  });

  it('reports a cycle between conditions', async () => {
    const cyclic = ORDERS_FLOW.replace("    required: true\n", "    required: true\n    when: { question: damage, answered: true }\n");
    const result = await validate({ 'orders.yaml': cyclic });
    expect(result.exitCode).toBe(1);
    expect(result.output.join('\n')).toMatch(/cycle: arrived → damage → arrived|cycle: damage → arrived → damage/);
  });

  it('reports a missing translation', async () => {
    const result = await validate({ 'orders.yaml': ORDERS_FLOW.replace(', en: Did the order arrive?', '') });
    expect(result.output[0]).toMatch(/orders\.yaml:7: questions\.0\.label\.en: Every visible text needs/);
  });

  it('reports a duplicate question id and a duplicate topic id across files', async () => {
    const duplicateQuestion = ORDERS_FLOW.replace('- id: damage', '- id: arrived');
    const result = await validate({ 'a.yaml': duplicateQuestion, 'b.yaml': ORDERS_FLOW });
    const text = result.output.join('\n');
    expect(text).toMatch(/a\.yaml:\d+: questions\.1\.id: .*arrived/);
    expect(text).toMatch(/b\.yaml:1: id: .*orders.*a\.yaml/);
  });

  it('reads JSON flows too', async () => {
    const result = await validate({ 'orders.json': JSON.stringify({ id: 'orders', label: { nl: 'Bestellingen', en: 'Orders' } }) });
    expect(result).toEqual({ exitCode: 0, output: ['1 flow checked: no mistakes (orders).'] });
  });

  it('says how to call it when no file is named', async () => {
    await expect(runFlowsCommand(['validate'])).rejects.toThrow(UsageError);
  });

  it('says which file cannot be read', async () => {
    const result = await runFlowsCommand(['validate', '/no/such/flow.yaml']);
    expect(result.exitCode).toBe(1);
    expect(result.output[0]).toBe('/no/such/flow.yaml: cannot be read: check that the file exists.');
  });
});

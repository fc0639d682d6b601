import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, createSupportClient } from '@loket/sdk';
import { startServer, verifyWebhookSignature } from '@loket/server';
import type { RunningServer } from '@loket/server';
import { startSmtpServer } from '../packages/server/src/notify/test-smtp-server';
import type { TestSmtpServer } from '../packages/server/src/notify/test-smtp-server';
import { startWebhookReceiver } from '../packages/server/src/notify/test-webhook-receiver';
import type { WebhookReceiver } from '../packages/server/src/notify/test-webhook-receiver';
import { makeDataDir, removeDataDir } from './support';

const demoSite = fileURLToPath(new URL('../packages/demo-site/sites/demo', import.meta.url));
const SECRET_KEY = 'demo-secret-key-not-for-production';
const WEBHOOK_SECRET = 'whsec-test-0123456789abcdef';

let dataDir: string;
let server: RunningServer;
let smtp: TestSmtpServer;
let receiver: WebhookReceiver;

// The demo site with e-mail to a real SMTP server on loopback and a webhook receiver, both
// configured the way a company would: in site.yaml, the webhook secret from the environment.
beforeAll(async () => {
  dataDir = await makeDataDir();
  [smtp, receiver] = await Promise.all([startSmtpServer(), startWebhookReceiver()]);
  const sitesDir = join(dataDir, 'sites');
  await cp(demoSite, join(sitesDir, 'demo'), { recursive: true });
  await appendFile(
    join(sitesDir, 'demo', 'site.yaml'),
    [
      '',
      'email:',
      '  from: Zeewind Support <support@zeewind.example>',
      `  smtp: { host: 127.0.0.1, port: ${smtp.port} }`,
      '  caseLink: https://www.zeewind.example/support',
      'webhooks:',
      `  - url: ${receiver.url}/loket`,
      '    secret: $LOKET_E2E_WEBHOOK_SECRET',
      '',
    ].join('\n'),
  );
  process.env.LOKET_E2E_WEBHOOK_SECRET = WEBHOOK_SECRET;
  server = await startServer({ port: 0, sitesDir, dataDir: join(dataDir, 'db') });
});

afterAll(async () => {
  await server?.close();
  await Promise.all([smtp?.close(), receiver?.close()]);
  delete process.env.LOKET_E2E_WEBHOOK_SECRET;
  await removeDataDir(dataDir);
});

describe('nobody has to call to ask how things stand', () => {
  it('e-mails the customer when support asks a question, with a link that opens the case, and tells the webhook every step', async () => {
    const customer = createClient({ baseUrl: server.url, site: 'demo' });
    const support = createSupportClient({ baseUrl: server.url, site: 'demo', secretKey: SECRET_KEY });

    const created = await customer.cases.create({
      topic: 'other',
      answers: { subject: 'Contract' },
      description: 'When does my contract end?',
      locale: 'en',
      contact: { email: 'Customer@Example.com' },
    });
    expect(created.linked).toBe(false);

    const listed = await support.cases.list({ status: 'new', topic: 'other' });
    expect(listed.cases.map((item) => item.reference)).toContain(created.reference);
    await support.cases.reply(created.reference, { text: 'Which address is the contract for?', question: true });

    // The worker is kicked after the change, so the e-mail does not wait for its next round.
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1);
    const [mail] = smtp.received;
    // Domains are case-insensitive; the mail server may lower-case them.
    expect(mail!.recipients.map((address) => address.toLowerCase())).toEqual(['customer@example.com']);
    expect(mail!.mail.subject).toContain(created.reference);
    expect(mail!.mail.text).toContain('Which address is the contract for?');
    const link = /https:\/\/www\.zeewind\.example\/support#loket-case=(LK-[\w-]+)&t=([\w-]+)/.exec(mail!.mail.text ?? '');
    expect(link?.[1]).toBe(created.reference);

    // The link opens the case on another device, without the token from filing.
    const viaLink = await customer.cases.get(link![1]!, link![2]!);
    expect(viaLink.status).toBe('waiting_for_customer');
    const answered = await customer.cases.addMessage(created.reference, link![2]!, { text: 'Seaside Road 1, Zeewolde.' });
    expect(answered.status).toBe('in_progress');
    expect(answered.timeline.filter((event) => event.type === 'message').map((event) => [event.author, event.text])).toEqual([
      ['support', 'Which address is the contract for?'],
      ['customer', 'Seaside Road 1, Zeewolde.'],
    ]);
    // The customer's own message sends them no e-mail.
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    expect(smtp.received).toHaveLength(1);

    const events = receiver.received.map((request) => {
      expect(request.path).toBe('/loket');
      expect(verifyWebhookSignature({ secret: WEBHOOK_SECRET, header: request.headers['loket-signature'], body: request.body })).toBe(true);
      expect(verifyWebhookSignature({ secret: 'another-secret', header: request.headers['loket-signature'], body: request.body })).toBe(false);
      return JSON.parse(request.body) as { type: string; case: { reference: string }; event: { type: string } };
    });
    expect(events.every((event) => event.case.reference === created.reference)).toBe(true);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['created', 'message', 'status']));
    expect(events.filter((event) => event.type === 'message')).toHaveLength(2);
  });
});

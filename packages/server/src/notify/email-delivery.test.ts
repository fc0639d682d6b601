import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCaseLinkToken } from '../cases/case-link-token';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { openTestDatabase } from '../test-support';
import { runDeliveryRound } from './run-delivery-round';
import { addEvents, closedPort, insertCase, later, makeSite } from './test-fixtures';
import { startSmtpServer } from './test-smtp-server';
import type { TestSmtpServer } from './test-smtp-server';

const SMTP_AUTH = { user: 'loket', password: 'smtp-password' };
let db: Database;
let smtp: TestSmtpServer;
let sites: Map<string, Site>;

function mailSite(port: number, file: Record<string, unknown> = {}): Site {
  return makeSite('mail', {
    email: {
      from: 'Zeewind Support <support@zeewind.example>',
      smtp: { host: '127.0.0.1', port, user: SMTP_AUTH.user, password: SMTP_AUTH.password },
      caseLink: 'https://www.zeewind.example/support',
    },
    ...file,
  });
}

beforeAll(async () => {
  [db, smtp] = await Promise.all([openTestDatabase(), startSmtpServer({ auth: SMTP_AUTH })]);
  sites = new Map([['mail', mailSite(smtp.port)]]);
});
afterAll(async () => {
  await Promise.all([db.close(), smtp.close()]);
});
beforeEach(async () => {
  await db.query('DELETE FROM cases');
  smtp.received.length = 0;
});

/** The link in an e-mail's text, split into the case reference and the token. */
function caseLinkIn(text: string) {
  const match = /^(https:\/\/www\.zeewind\.example\/support)#loket-case=(LK-[A-Z0-9-]+)&t=([\w-]+)$/m.exec(text);
  expect(match, `no case link in:\n${text}`).not.toBeNull();
  return { page: match![1], reference: match![2], token: match![3]! };
}

describe('e-mail to the customer', () => {
  it('sends a support reply in Dutch from the site, with a link that opens the case', async () => {
    const filed = await insertCase(db, { site: 'mail', locale: 'nl', email: 'klant@example.com' });
    await addEvents(db, filed.id, [{ type: 'message', data: { author: 'support', text: 'Herstart uw modem en wacht twee minuten.', question: false } }]);

    expect(await runDeliveryRound(db, sites)).toMatchObject({ delivered: 1, failed: [] });

    expect(smtp.received).toHaveLength(1);
    const { mail, recipients } = smtp.received[0]!;
    expect(recipients).toEqual(['klant@example.com']);
    expect(mail.from?.value).toEqual([{ name: 'Zeewind Support', address: 'support@zeewind.example' }]);
    expect(mail.subject).toBe(`Nieuw bericht over uw melding ${filed.reference}`);
    expect(mail.text).toContain(`Zeewind Internet heeft gereageerd op uw melding ${filed.reference}:\n\nHerstart uw modem en wacht twee minuten.`);
    const link = caseLinkIn(mail.text!);
    expect(link.reference).toBe(filed.reference);
    expect(isCaseLinkToken(link.token, sites.get('mail')!.secretKeys, 'mail', filed.reference)).toBe(true);
    expect(mail.html).toContain(`#loket-case=${filed.reference}&amp;t=${link.token}`);
  });

  it('writes in English for a case filed in English: a question and how to answer it', async () => {
    const filed = await insertCase(db, { site: 'mail', locale: 'en', email: 'customer@example.com' });
    await addEvents(db, filed.id, [
      { type: 'message', data: { author: 'support', text: 'Which light on the modem is red?', question: true } },
      { type: 'status', data: { from: 'new', to: 'waiting_for_customer' } },
    ]);

    await runDeliveryRound(db, sites);

    expect(smtp.received).toHaveLength(1);
    const { mail } = smtp.received[0]!;
    expect(mail.subject).toBe(`A question about your case ${filed.reference}`);
    expect(mail.text).toContain('Which light on the modem is red?');
    expect(mail.text).toContain('We need your reply before we can continue.');
    expect(mail.text).toContain('Answer the question through this link:');
  });

  it('tells about a status change on its own in customer words', async () => {
    const filed = await insertCase(db, { site: 'mail', locale: 'nl', email: 'klant@example.com' });
    await addEvents(db, filed.id, [{ type: 'status', data: { from: 'in_progress', to: 'solved' } }]);

    await runDeliveryRound(db, sites);

    expect(smtp.received.map(({ mail }) => mail.subject)).toEqual([`Uw melding ${filed.reference} is opgelost`]);
    expect(smtp.received[0]!.mail.text).toContain('Uw melding is opgelost. Is het probleem toch niet weg?');
  });

  it('sends a reply and a later status change as two e-mails', async () => {
    const filed = await insertCase(db, { site: 'mail', locale: 'en', email: 'customer@example.com' });
    await addEvents(db, filed.id, [{ type: 'message', data: { author: 'support', text: 'We replaced the modem.', question: false } }]);
    await addEvents(db, filed.id, [{ type: 'status', data: { from: 'in_progress', to: 'solved' } }]);

    await runDeliveryRound(db, sites);

    expect(smtp.received.map(({ mail }) => mail.subject).sort()).toEqual([
      `New message about your case ${filed.reference}`,
      `Your case ${filed.reference} is solved`,
    ]);
  });

  it('sends nothing without an address, for what the customer did, or when the site has no e-mail', async () => {
    const noAddress = await insertCase(db, { site: 'mail', email: null });
    await addEvents(db, noAddress.id, [{ type: 'message', data: { author: 'support', text: 'Hallo', question: false } }]);
    const own = await insertCase(db, { site: 'mail', email: 'klant@example.com' });
    await addEvents(db, own.id, [
      { type: 'message', data: { author: 'customer', text: 'Het lampje is rood.', question: false } },
      { type: 'status', data: { from: 'waiting_for_customer', to: 'in_progress' } },
    ]);
    await addEvents(db, own.id, [{ type: 'escalation', data: { reason: 'failed_attempts', priority: 'high', level: 2 } }]);
    const otherSite = await insertCase(db, { site: 'quiet', email: 'klant@example.com' });
    await addEvents(db, otherSite.id, [{ type: 'message', data: { author: 'support', text: 'Hallo', question: false } }]);

    const report = await runDeliveryRound(db, new Map([...sites, ['quiet', makeSite('quiet', {})]]));

    expect(report).toMatchObject({ fannedOut: 8, delivered: 0, failed: [] });
    expect((await db.query('SELECT 1 FROM deliveries')).rows).toEqual([]);
    expect(smtp.received).toEqual([]);
  });

  it('keeps the e-mail while the mail server is down and sends it once when it is back', async () => {
    const port = await closedPort();
    const downSites = new Map([['mail', mailSite(port)]]);
    const filed = await insertCase(db, { site: 'mail', locale: 'en', email: 'customer@example.com' });
    await addEvents(db, filed.id, [{ type: 'status', data: { from: 'new', to: 'in_progress' } }]);
    const start = new Date();

    const first = await runDeliveryRound(db, downSites, start);
    expect(first.delivered).toBe(0);
    expect(first.failed.map((failure) => failure.error.message)).toEqual([expect.stringContaining(`Mail server 127.0.0.1:${port} of site 'mail' did not take the e-mail`)]);
    const { rows } = await db.query<{ attempts: number; last_error: string }>(`SELECT attempts, last_error FROM deliveries WHERE channel = 'email'`);
    expect(rows).toEqual([{ attempts: 1, last_error: expect.stringContaining('Check email.smtp in site.yaml') }]);

    const revived = await startSmtpServer({ port, auth: SMTP_AUTH });
    try {
      expect(await runDeliveryRound(db, downSites, later(start, 15_000))).toMatchObject({ delivered: 1, failed: [] });
      await runDeliveryRound(db, downSites, later(start, 7_200_000));
      expect(revived.received.map(({ mail }) => mail.subject)).toEqual([`Your case ${filed.reference} is in progress`]);
    } finally {
      await revived.close();
    }
  });

  it('retries when the mail server refuses the login, with the reason', async () => {
    const wrongPassword = new Map([['mail', mailSite(smtp.port, { email: { ...sites.get('mail')!.email, smtp: { host: '127.0.0.1', port: smtp.port, user: 'loket', password: 'wrong' } } })]]);
    const filed = await insertCase(db, { site: 'mail', email: 'klant@example.com' });
    await addEvents(db, filed.id, [{ type: 'status', data: { from: 'new', to: 'closed' } }]);
    const start = new Date();

    const report = await runDeliveryRound(db, wrongPassword, start);
    expect(report.failed[0]!.error.message).toContain('Invalid username or password');
    expect(await runDeliveryRound(db, sites, later(start, 15_000))).toMatchObject({ delivered: 1 });
    expect(smtp.received).toHaveLength(1);
  });
});

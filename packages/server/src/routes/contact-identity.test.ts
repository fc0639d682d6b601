import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, CaseSchema, SupportCaseListSchema, SupportCaseSchema } from '@loket/sdk';
import type { SupportCase } from '@loket/sdk';
import { tablesHolding } from '../privacy/test-scan-tables';
import { loadSites } from '../sites/load-sites';
import type { Database } from '../store/database';
import { createTestApp, DEMO_SECRET_KEY, DEMO_SITES_DIR } from '../test-support';

const IDENTITY_SECRET = 'zeewind-identity-secret-0123456789abcdef';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;

beforeAll(async () => {
  // The demo site, with the secret its backend signs logged-in customers' addresses with.
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  ({ app, db } = await createTestApp({ sites: new Map([['demo', { ...demo, identitySecret: IDENTITY_SECRET }]]) }));
});
afterAll(() => db.close());

/** What the company's backend computes for `Loket.identify`. */
const signatureOf = (email: string) => createHmac('sha256', IDENTITY_SECRET).update(email).digest('hex');

let counter = 0;
const browser = () => `browser-id-${String((counter += 1)).padStart(8, '0')}`;

/** Files a report on the topic `other` (reports from the same address or browser link to its open case). */
async function file(contact: Record<string, string>) {
  const response = await app.request('/v1/sites/demo/cases', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic: 'other', answers: { subject: 'Contract' }, description: 'Wanneer loopt mijn contract af?', contact: { browser: browser(), ...contact } }),
  });
  expect(response.status).toBe(201);
  return v.parse(CaseCreatedSchema, await response.json());
}

async function supportView(reference: string): Promise<SupportCase> {
  const response = await app.request(`/v1/admin/sites/demo/cases/${reference}`, { headers: { Authorization: `Bearer ${DEMO_SECRET_KEY}` } });
  expect(response.status).toBe(200);
  return v.parse(SupportCaseSchema, await response.json());
}

describe('a contact identified by the host page (Loket.identify)', () => {
  it('is verified with the site’s signature of the address, and support sees the name; the signature is not kept', async () => {
    const signature = signatureOf('jan@example.com');
    const created = await file({ email: 'jan@example.com', name: '  Jan Jansen ', signature });
    const found = await supportView(created.reference);
    expect(found.contact).toEqual({ email: 'jan@example.com', name: 'Jan Jansen', verified: true });
    expect(found.email).toBe('jan@example.com');
    expect(await tablesHolding(db, signature)).toEqual({});

    const list = await app.request('/v1/admin/sites/demo/cases?q=contract', { headers: { Authorization: `Bearer ${DEMO_SECRET_KEY}` } });
    const summary = v.parse(SupportCaseListSchema, await list.json()).cases.find((item) => item.reference === created.reference);
    expect(summary?.contact).toEqual({ email: 'jan@example.com', name: 'Jan Jansen', verified: true });

    // The customer's own view says nothing of name or verification.
    const own = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
    expect(Object.keys(v.parse(CaseSchema, await own.json()))).not.toContain('contact');
  });

  it('files the case all the same, unverified, with a wrong signature, one of another address, or none', async () => {
    const cases = [
      await file({ email: 'piet@example.com', signature: 'f'.repeat(64) }),
      await file({ email: 'marie@example.com', signature: signatureOf('jan@example.com') }),
      await file({ email: 'anna@example.com', signature: 'not hex at all' }),
      await file({ email: 'joost@example.com', name: 'Joost' }),
    ];
    expect(new Set(cases.map((created) => created.reference)).size).toBe(4);
    for (const created of cases) expect((await supportView(created.reference)).contact).toMatchObject({ verified: false });
    // A signature without an address verifies nothing.
    const anonymous = await file({ signature: signatureOf('') });
    expect((await supportView(anonymous.reference)).contact).toEqual({ email: null, name: null, verified: false });
  });

  it('verifies the open case when the same customer comes back identified, and fills in the name it lacked', async () => {
    const first = await file({ email: 'klaas@example.com' });
    expect((await supportView(first.reference)).contact).toEqual({ email: 'klaas@example.com', name: null, verified: false });
    const again = await file({ email: 'klaas@example.com', name: 'Klaas', signature: signatureOf('klaas@example.com') });
    expect(again).toMatchObject({ reference: first.reference, linked: true });
    expect((await supportView(first.reference)).contact).toEqual({ email: 'klaas@example.com', name: 'Klaas', verified: true });
  });

  it('does not verify an open case by another address’s signature', async () => {
    const shared = browser();
    const first = await file({ browser: shared, email: 'kees@example.com' });
    const again = await file({ browser: shared, email: 'kees@work.example', signature: signatureOf('kees@work.example') });
    expect(again).toMatchObject({ reference: first.reference, linked: true });
    expect((await supportView(first.reference)).contact).toMatchObject({ email: 'kees@example.com', verified: false });
  });

  it('verifies nobody on a site without an identity secret', async () => {
    const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
    const plain = await createTestApp({ sites: new Map([['demo', demo]]) });
    try {
      const response = await plain.app.request('/v1/sites/demo/cases', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ topic: 'other', answers: { subject: 'Contract' }, description: 'Vraag', contact: { email: 'jan@example.com', signature: signatureOf('jan@example.com') } }),
      });
      const { reference } = v.parse(CaseCreatedSchema, await response.json());
      const { rows } = await plain.db.query<{ email_verified: boolean }>('SELECT email_verified FROM cases WHERE reference = $1', [reference]);
      expect(rows[0]!.email_verified).toBe(false);
    } finally {
      await plain.db.close();
    }
  });
});

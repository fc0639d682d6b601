import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEvents, insertCase } from '../notify/test-fixtures';
import type { Database } from '../store/database';
import { openTestDatabase } from '../test-support';
import { findMentioningCases, redactMentions } from './contact-cases';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

async function description(id: string): Promise<string> {
  return (await db.query<{ description: string }>('SELECT description FROM cases WHERE id = $1', [id])).rows[0]!.description;
}

describe('mentions of an e-mail address', () => {
  it('finds and replaces the address in texts and JSON, in any case, after a line break, but not inside a longer address', async () => {
    const plain = await insertCase(db, { site: 'demo' });
    await db.query('UPDATE cases SET description = $2 WHERE id = $1', [plain.id, 'Mail Piet.Jansen@Example.org, of piet.jansen@example.org.']);
    const inTimeline = await insertCase(db, { site: 'demo' });
    await addEvents(db, inTimeline.id, [{ type: 'message', data: { author: 'customer', text: 'Mijn adres:\npiet.jansen@example.org\tgraag', question: false } }]);
    const longer = await insertCase(db, { site: 'demo' });
    await db.query('UPDATE cases SET description = $2 WHERE id = $1', [longer.id, 'jan.piet.jansen@example.org en piet.jansen@example.org.uk en piet.jansen@example.orgx']);
    const elsewhere = await insertCase(db, { site: 'acme' });
    await db.query('UPDATE cases SET description = $2 WHERE id = $1', [elsewhere.id, 'piet.jansen@example.org']);

    expect((await findMentioningCases(db, 'demo', 'PIET.JANSEN@example.org')).sort()).toEqual([plain.reference, inTimeline.reference].sort());
    expect(await redactMentions(db, 'demo', 'PIET.JANSEN@example.org')).toBe(2);

    expect(await description(plain.id)).toBe('Mail [erased], of [erased].');
    const { rows } = await db.query<{ data: { text: string } }>(`SELECT data FROM case_events WHERE case_id = $1 AND type = 'message'`, [inTimeline.id]);
    expect(rows[0]!.data.text).toBe('Mijn adres:\n[erased]\tgraag');
    expect(await description(longer.id)).toBe('jan.piet.jansen@example.org en piet.jansen@example.org.uk en piet.jansen@example.orgx');
    expect(await description(elsewhere.id)).toBe('piet.jansen@example.org');
    expect(await findMentioningCases(db, 'demo', 'piet.jansen@example.org')).toEqual([]);
  });

  it('takes the characters of an address literally, not as a pattern', async () => {
    const dotted = await insertCase(db, { site: 'demo' });
    await db.query('UPDATE cases SET description = $2 WHERE id = $1', [dotted.id, 'a+b@example.org en aXb@example.org en a+b@exampleXorg']);
    expect(await redactMentions(db, 'demo', 'a+b@example.org')).toBe(1);
    expect(await description(dotted.id)).toBe('[erased] en aXb@example.org en a+b@exampleXorg');
  });
});

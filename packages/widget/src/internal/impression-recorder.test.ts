/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import type { ImpressionInput } from '@loket/sdk';
import { ImpressionRecorder } from './impression-recorder';

const context = { locale: 'nl' as const, topic: 'wifi', report: 'report-12345678' };
const ids = (count: number, prefix = 'article') => Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);

function recorder(fail = false, timing = { settleMs: 20, maxWaitMs: 60 }) {
  const sent: ImpressionInput[] = [];
  const impressions = new ImpressionRecorder(async (input) => {
    sent.push(input);
    if (fail) throw new Error('offline');
  }, timing);
  return { impressions, sent };
}

describe('ImpressionRecorder', () => {
  it('sends each article once per report, after the suggestions settle', async () => {
    const { impressions, sent } = recorder();
    impressions.note(['a', 'b'], context);
    impressions.note(['b', 'c'], context);
    expect(sent).to.have.length(0);
    await waitUntil(() => sent.length === 1);
    expect(sent[0]).to.deep.equal({ ...context, articles: ['a', 'b', 'c'] });
    impressions.note(['a', 'c'], context);
    impressions.flush();
    expect(sent).to.have.length(1);
  });

  it('sends at most ten articles per request, so none is refused', () => {
    const { impressions, sent } = recorder();
    impressions.note(ids(23), context);
    impressions.flush();
    expect(sent.map((input) => input.articles.length)).to.deep.equal([10, 10, 3]);
    expect(sent.flatMap((input) => input.articles)).to.deep.equal(ids(23));
  });

  it('does not let a customer who keeps typing hold the articles back until they stop', async () => {
    // Settling would take ten seconds; the longest wait (50 ms) sends them long before.
    const { impressions, sent } = recorder(false, { settleMs: 10_000, maxWaitMs: 50 });
    let round = 0;
    const typing = setInterval(() => impressions.note([`typed-${(round += 1)}`], context), 10);
    try {
      await waitUntil(() => sent.length > 0, 'the articles waited until the typing stopped', { timeout: 3000 });
    } finally {
      clearInterval(typing);
      impressions.reset();
    }
  });

  it('sends an article again when it shows again after its request failed', async () => {
    const { impressions, sent } = recorder(true);
    impressions.note(['a'], context);
    impressions.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    impressions.note(['a'], context);
    impressions.flush();
    expect(sent.map((input) => input.articles)).to.deep.equal([['a'], ['a']]);
  });

  it('counts the articles of a new report anew', () => {
    const { impressions, sent } = recorder();
    impressions.note(['a'], context);
    impressions.reset();
    impressions.note(['a'], { ...context, report: 'report-87654321' });
    impressions.flush();
    expect(sent.map((input) => [input.report, input.articles])).to.deep.equal([
      ['report-12345678', ['a']],
      ['report-87654321', ['a']],
    ]);
  });
});

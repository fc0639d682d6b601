// What the rounds of bench/server.mjs come to: per load, the median round; over the loads, each
// server's capacity. Filing and the bare INSERT are measured in turns, so every ratio here compares
// measurements taken seconds apart, on the same state of a machine whose speed drifts.

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** The measurement with the median rate, a missing one counting as 0/s; undefined when that median is none. */
const medianRow = (rows) => {
  const rate = middle(rows.map((row) => row?.perSecond ?? 0));
  return rows.find((row) => row !== undefined && row.perSecond === rate);
};

/**
 * The round with the median filing rate and the one with the median bare rate, and the median of
 * the rounds' ratios of the two: one slow or fast moment of the machine moves none of them.
 * `filings[r]` and `bares[r]` are round r's measurements at one load.
 */
export function medianRound(filings, bares) {
  const filing = medianRow(filings);
  const bare = medianRow(bares);
  const ratios = filings.map((row, index) => row.perSecond / bares[index].perSecond);
  return {
    filing: { ...filing, what: `file a case, ${filing.connections} conn.`, ratio: middle(ratios), rounds: filings.map((row, index) => ({ perSecond: row.perSecond, ratio: ratios[index] })) },
    bare: { ...bare, what: `bare INSERT, ${bare.connections} conn.`, bare: true },
  };
}

/**
 * Each server's capacity: its best rate over the loads measured, round by round. A filing
 * measurement counts only without errors and, with `p99Budget` (ms), with its p99 within it; a
 * bare one only without errors. `filings[r][l]` and `bares[r][l]` are round r's measurements at
 * load l.
 *
 * - `rounds`: each round's best counted filing and bare rates (0 when none counted) and their ratio
 *   (0 when either is missing);
 * - `filing`, `bare`: the measurement behind the median of the rounds' best rates (undefined when
 *   that median is no counted measurement);
 * - `ratio`: the median of the rounds' ratios;
 * - `notCounted`: the filing measurements left out, and why;
 * - `loads`: each load's median round ({@link medianRound}), for the record.
 *
 * A median of an even number of rounds is the lower of the two middle ones.
 */
export function capacity(filings, bares, p99Budget) {
  const overBudget = (row) => p99Budget !== undefined && row.p99 >= p99Budget;
  const filingCounts = (row) => row.errors === 0 && !overBudget(row);
  const bareCounts = (row) => row.errors === 0 && row.perSecond > 0;
  const best = (rows) => rows.reduce((top, row) => (top === undefined || row.perSecond > top.perSecond ? row : top), undefined);
  const rounds = filings.map((round, index) => {
    const filing = best(round.filter(filingCounts));
    const bare = best(bares[index].filter(bareCounts));
    return { filing, bare, ratio: filing && bare ? filing.perSecond / bare.perSecond : 0 };
  });
  const notCounted = filings.flatMap((round, index) => round.filter((row) => !filingCounts(row)).map((row) => ({
    round: index + 1,
    row,
    why: row.errors > 0 ? `${row.errors} errors` : `p99 ${row.p99} ms, over ${p99Budget} ms`,
  })));
  return {
    loads: filings[0].map((_, load) => medianRound(filings.map((round) => round[load]), bares.map((round) => round[load]))),
    filing: medianRow(rounds.map((round) => round.filing)),
    bare: medianRow(rounds.map((round) => round.bare)),
    ratio: middle(rounds.map((round) => round.ratio)),
    rounds: rounds.map((round) => ({ filing: round.filing?.perSecond ?? 0, bare: round.bare?.perSecond ?? 0, ratio: round.ratio })),
    notCounted,
  };
}

// What the rounds of bench/server.mjs come to: per load, the median round; over the loads, each
// server's capacity. Filing and the bare INSERT are measured in turns, so every ratio here compares
// measurements taken seconds apart, on the same state of a machine whose speed drifts.

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * The round with the median filing rate and the one with the median bare rate, and the median of
 * the rounds' ratios of the two: one slow or fast moment of the machine moves none of them.
 * `filings[r]` and `bares[r]` are round r's measurements at one load.
 */
export function medianRound(filings, bares) {
  const rate = middle(filings.map((row) => row.perSecond));
  const filing = filings.find((row) => row.perSecond === rate);
  const bareRate = middle(bares.map((row) => row.perSecond));
  const bare = bares.find((row) => row.perSecond === bareRate);
  const ratios = filings.map((row, index) => row.perSecond / bares[index].perSecond);
  return {
    filing: { ...filing, what: `file a case, ${filing.connections} conn.`, ratio: middle(ratios), rounds: filings.map((row, index) => ({ perSecond: row.perSecond, ratio: ratios[index] })) },
    bare: { ...bare, what: `bare INSERT, ${bare.connections} conn.`, bare: true },
  };
}

/**
 * Each server's capacity: its best rate over the loads measured. A filing rate counts only at a
 * load where its p99 is within `p99Budget` (ms; no limit when undefined), and none with errors.
 * `filings[r][l]` and `bares[r][l]` are round r's measurements at load l.
 *
 * - `filing`: the median round of the load whose median filing rate is highest (undefined when no
 *   load qualifies);
 * - `bare`: the median round of the load whose median bare rate is highest;
 * - `ratio`: the median over the rounds of the round's best filing rate to its best bare rate,
 *   with each round's figures in `rounds`.
 */
export function capacity(filings, bares, p99Budget) {
  const counts = (row) => row.errors === 0 && (p99Budget === undefined || row.p99 < p99Budget);
  const loads = filings[0].map((_, load) => medianRound(filings.map((round) => round[load]), bares.map((round) => round[load])));
  const best = (rows) => rows.reduce((top, row) => (top === undefined || row.perSecond > top.perSecond ? row : top), undefined);
  const filing = best(loads.map((load) => load.filing).filter(counts));
  const bare = best(loads.map((load) => load.bare));
  const rounds = filings.map((round, index) => {
    const bestFiling = best(round.filter(counts));
    const bestBare = best(bares[index]);
    return { filing: bestFiling?.perSecond ?? 0, bare: bestBare.perSecond, ratio: (bestFiling?.perSecond ?? 0) / bestBare.perSecond };
  });
  return { loads, filing, bare, ratio: middle(rounds.map((round) => round.ratio)), rounds };
}

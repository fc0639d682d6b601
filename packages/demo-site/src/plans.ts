/** The three subscriptions on offer. Names and speeds read the same in every language. */
export const PLANS = [
  { id: 'basis', name: 'Basis', speed: '100 Mbit/s', monthlyPriceEuro: 39.5, popular: false },
  { id: 'plus', name: 'Plus', speed: '500 Mbit/s', monthlyPriceEuro: 49.5, popular: true },
  { id: 'max', name: 'Max', speed: '1 Gbit/s', monthlyPriceEuro: 59.5, popular: false },
] as const;

export type Plan = (typeof PLANS)[number];
export type PlanId = Plan['id'];

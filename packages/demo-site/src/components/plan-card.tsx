import type { Plan } from '../plans';

interface PlanCardProps {
  plan: Plan;
  features: readonly string[];
  /** Locale for the price, such as `nl-NL`. */
  locale: string;
  perMonthLabel: string;
  popularLabel: string;
}

/** One subscription: name, speed, monthly price and what is included. Renders as a list item. */
export function PlanCard({ plan, features, locale, perMonthLabel, popularLabel }: PlanCardProps) {
  const price = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(plan.monthlyPriceEuro);
  return (
    <li class={plan.popular ? 'plan-card plan-card-popular' : 'plan-card'}>
      <h3 class="plan-name">{plan.name}</h3>
      {plan.popular && <p class="plan-badge">{popularLabel}</p>}
      <p class="plan-speed">{plan.speed}</p>
      <p class="plan-price">
        <span class="plan-amount">{price}</span> <span class="plan-period">{perMonthLabel}</span>
      </p>
      <ul class="plan-features">
        {features.map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
    </li>
  );
}

import { PageHeading } from '../components/page-heading';
import { PlanCard } from '../components/plan-card';
import { PLANS } from '../plans';
import { ROUTE_PATHS } from '../routes';
import type { PageProps } from './page-props';

const PLANS_SECTION_ID = 'abonnementen';

/** The home page: hero, the three plans and where to find help. */
export function Home({ texts }: PageProps) {
  const t = texts.home;
  return (
    <>
      <section class="hero">
        <div class="container">
          <PageHeading>{t.heroTitle}</PageHeading>
          <p class="hero-lead">{t.heroLead}</p>
          <a class="button button-on-dark" href={`#${PLANS_SECTION_ID}`}>
            {t.heroCta}
          </a>
        </div>
      </section>

      <section class="section" id={PLANS_SECTION_ID} aria-labelledby="plans-title">
        <div class="container">
          <h2 id="plans-title">{t.plansTitle}</h2>
          <ul class="plan-list">
            {PLANS.map((plan) => (
              <PlanCard
                key={plan.id}
                plan={plan}
                features={t.planFeatures[plan.id]}
                locale={texts.locale}
                perMonthLabel={t.perMonth}
                popularLabel={t.popular}
              />
            ))}
          </ul>
          <p class="note">{t.plansNote}</p>
        </div>
      </section>

      <section class="section section-tinted" aria-labelledby="help-title">
        <div class="container help">
          <h2 id="help-title">{t.helpTitle}</h2>
          <p>{t.helpBody}</p>
          <p>
            <a href={ROUTE_PATHS.support}>{t.helpLink}</a>
          </p>
        </div>
      </section>
    </>
  );
}

import { describeInsight } from '@loket/sdk';
import type { DocsReport, Insight } from '@loket/sdk';
import { FailingArticleDetails, HotspotDetails, UnansweredDetails } from './insight-details';
import type { ReportFormat } from './report-format';
import type { ReportTexts } from './report-texts';

type Props = { report: DocsReport; texts: ReportTexts; format: ReportFormat; locale: 'nl' | 'en' };

/** The ranked list of what to fix: each item with why it is on the list, how many customers it affected, and its details. */
export function ReportList({ report, texts, format, locale }: Props) {
  const t = texts.list;
  return (
    <section class="report-section" aria-labelledby="report-list-heading">
      <h2 id="report-list-heading">{t.heading}</h2>
      {report.items.length === 0 ? (
        <p class="report-empty">{t.empty}</p>
      ) : (
        <>
          <p class="report-section__intro">{t.intro}</p>
          <ol class="report-list">
            {report.items.map((item) => (
              <ReportItem key={`${item.kind}-${item.rank}`} item={item} report={report} texts={texts} format={format} locale={locale} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ReportItem({ item, report, texts, format, locale }: { item: Insight } & Props) {
  const t = texts.list;
  const { title, why } = describeInsight(item, locale, report.topics);
  const headingId = `report-item-${item.rank}`;
  return (
    <li class={`report-item report-item--${item.kind}`} aria-labelledby={headingId}>
      <div class="report-item__head">
        <span class="report-item__rank" aria-hidden="true">
          {format.count(item.rank)}
        </span>
        <div class="report-item__summary">
          <p class="report-item__kind">{t.kinds[item.kind]}</p>
          <h3 id={headingId} class="report-item__title">
            <span class="visually-hidden">{t.rank(format.count(item.rank))}: </span>
            {title}
          </h3>
          {why !== '' && <p class="report-item__why">{why}</p>}
        </div>
        <p class="report-item__affected">
          <strong>{format.count(item.affected)}</strong> <span>{t.affected(item.affected)}</span>
        </p>
      </div>
      {item.kind === 'failing_article' && <FailingArticleDetails item={item} texts={texts} format={format} />}
      {item.kind === 'unanswered' && <UnansweredDetails item={item} topics={report.topics} texts={texts} format={format} />}
      {item.kind === 'hotspot' && <HotspotDetails item={item} topics={report.topics} texts={texts} format={format} />}
    </li>
  );
}

import { describeInsight } from '@loket/sdk';
import type { DocsReport, FailingArticleInsight, HotspotInsight, UnansweredInsight } from '@loket/sdk';
import { BarChart } from './bar-chart';
import { ChartFrame } from './chart-frame';
import type { ReportFormat } from './report-format';
import type { ReportTexts } from './report-texts';

type Props = { report: DocsReport; texts: ReportTexts; format: ReportFormat; locale: 'nl' | 'en' };

/** The articles that did not help, by the share of customers they failed, with the counts beside each bar. */
export function FailingArticlesChart({ report, texts, format }: Props) {
  const t = texts.charts.failing;
  const articles = report.items.filter((item): item is FailingArticleInsight => item.kind === 'failing_article');
  const judged = (item: FailingArticleInsight) => item.solved + item.failed;
  const valueText = (item: FailingArticleInsight) => t.value(format.percent(item.failureRate), format.count(item.failed), format.count(judged(item)));
  return (
    <ChartFrame
      id="report-failing"
      heading={t.heading}
      tableToggle={texts.charts.showTable}
      table={
        articles.length === 0 ? undefined : (
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">{t.columnArticle}</th>
                <th scope="col">{t.columnRate}</th>
                <th scope="col">{t.columnFailed}</th>
                <th scope="col">{t.columnJudged}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((item) => (
                <tr key={item.article}>
                  <th scope="row">{item.title}</th>
                  <td>{format.percent(item.failureRate)}</td>
                  <td>{format.count(item.failed)}</td>
                  <td>{format.count(judged(item))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      {articles.length === 0 ? (
        <p class="report-chart__empty">{t.empty}</p>
      ) : (
        <BarChart
          label={t.label(articles.length)}
          axisTitle={t.axis}
          formatTick={format.percent}
          max={1}
          track
          rows={articles.map((item) => ({
            key: item.article,
            label: item.title,
            value: item.failureRate,
            valueText: valueText(item),
            series: 'failed',
            title: `${item.title}: ${valueText(item)}`,
          }))}
        />
      )}
    </ChartFrame>
  );
}

/** Questions no article answered and hotspots, by how many customers each affected. */
export function UnansweredAndHotspotsChart({ report, texts, format, locale }: Props) {
  const t = texts.charts.groups;
  const items = report.items.filter((item): item is UnansweredInsight | HotspotInsight => item.kind !== 'failing_article');
  const labelOf = (item: UnansweredInsight | HotspotInsight) => `${item.rank}. ${describeInsight(item, locale, report.topics).title}`;
  const hasKind = (kind: 'unanswered' | 'hotspot') => items.some((item) => item.kind === kind);
  return (
    <ChartFrame
      id="report-groups"
      heading={t.heading}
      legend={[
        ...(hasKind('unanswered') ? [{ series: 'unanswered' as const, label: texts.list.kinds.unanswered }] : []),
        ...(hasKind('hotspot') ? [{ series: 'hotspot' as const, label: texts.list.kinds.hotspot }] : []),
      ]}
      tableToggle={texts.charts.showTable}
      table={
        items.length === 0 ? undefined : (
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">{t.columnItem}</th>
                <th scope="col">{t.columnKind}</th>
                <th scope="col">{t.columnAffected}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.rank}>
                  <th scope="row">{labelOf(item)}</th>
                  <td>{texts.list.kinds[item.kind]}</td>
                  <td>{format.count(item.affected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      {items.length === 0 ? (
        <p class="report-chart__empty">{t.empty}</p>
      ) : (
        <BarChart
          label={t.label(items.length)}
          axisTitle={t.axis}
          formatTick={format.count}
          rows={items.map((item) => ({
            key: String(item.rank),
            label: labelOf(item),
            value: item.affected,
            valueText: t.value(format.count(item.affected)),
            series: item.kind,
            title: `${labelOf(item)} (${texts.list.kinds[item.kind]}): ${format.count(item.affected)}`,
          }))}
        />
      )}
    </ChartFrame>
  );
}

import { ESCALATION_REASONS } from '@loket/sdk';
import type { FailingArticleInsight, HotspotInsight, UnansweredInsight } from '@loket/sdk';
import type { ReportFormat } from './report-format';
import type { ReportTexts } from './report-texts';

type Common = { texts: ReportTexts; format: ReportFormat };

/** An article's way from shown to solved or failed, its cases afterwards, and where it fails most. */
export function FailingArticleDetails({ item, texts, format }: { item: FailingArticleInsight } & Common) {
  const t = texts.list.failing;
  const steps = [
    { key: 'shown', label: t.shown, value: item.shown },
    { key: 'tried', label: t.tried, value: item.tried },
    { key: 'solved', label: t.solved, value: item.solved },
    { key: 'failed', label: t.failed, value: item.failed },
  ];
  const widest = Math.max(1, item.shown, item.tried);
  return (
    <div class="report-details">
      <div class="report-details__block">
        <h4>{t.funnel}</h4>
        <ol class="report-funnel">
          {steps.map((step) => (
            <li key={step.key} class={`report-funnel__step report-funnel__step--${step.key}`}>
              <span class="report-funnel__label">{step.label}</span>
              <span class="report-funnel__bar" aria-hidden="true">
                <span style={{ width: `${Math.max(step.value > 0 ? 2 : 0, (step.value / widest) * 100)}%` }} />
              </span>
              <span class="report-funnel__value">{format.count(step.value)}</span>
            </li>
          ))}
        </ol>
        <p class="report-details__fact">
          {t.filedAfter}: <strong>{format.count(item.filedAfter)}</strong>
        </p>
        <p class="report-details__fact report-details__id">
          {t.article}: <code>{item.article}</code>
        </p>
      </div>
      {item.environments.length > 0 && (
        <div class="report-details__block">
          <h4>{t.environments}</h4>
          <ul class="report-plain-list">
            {item.environments.map((environment) => (
              <li key={environment.environment.label}>
                {t.environment(environment.environment.label, format.percent(environment.failureRate), format.count(environment.failed), format.count(environment.judged))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A group of unanswered questions: its topic and telling words, examples in the customers' words, and answers many gave. */
export function UnansweredDetails({ item, topics, texts, format }: { item: UnansweredInsight; topics: Record<string, string> } & Common) {
  const t = texts.list.unanswered;
  return (
    <div class="report-details">
      <div class="report-details__block">
        <p class="report-details__fact">
          {t.topic}: <strong>{item.topic === null ? t.noTopic : (topics[item.topic] ?? item.topic)}</strong>
        </p>
        <p class="report-details__fact">
          {t.filed}: <strong>{format.count(item.filed)}</strong>
        </p>
        {item.words.length > 0 && (
          <>
            <h4>{t.words}</h4>
            <ul class="report-words">
              {item.words.map((word) => (
                <li key={word}>{word}</li>
              ))}
            </ul>
          </>
        )}
        {item.answers.length > 0 && (
          <>
            <h4>{t.answers}</h4>
            <ul class="report-plain-list">
              {item.answers.map((answer) => (
                <li key={`${answer.question}=${answer.answer}`}>
                  {answer.questionText} <strong>{answer.answerText}</strong> <span class="muted">({t.answerCount(format.count(answer.count))})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {item.examples.length > 0 && (
        <div class="report-details__block">
          <h4>{t.examples}</h4>
          <ul class="report-examples">
            {item.examples.map((example, index) => (
              <li key={index}>
                <blockquote>{example}</blockquote>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A hotspot: its topic or environment, its cases, repeats and escalations, and why they were escalated. */
export function HotspotDetails({ item, topics, texts, format }: { item: HotspotInsight; topics: Record<string, string> } & Common) {
  const t = texts.list.hotspot;
  const facts = [
    { key: 'cases', label: t.cases, value: item.cases },
    { key: 'repeated', label: t.repeated, value: item.repeated },
    { key: 'repeatContacts', label: t.repeatContacts, value: item.repeatContacts },
    { key: 'escalated', label: t.escalated, value: item.escalated },
  ];
  const reasons = ESCALATION_REASONS.filter((reason) => item.reasons[reason] > 0);
  return (
    <div class="report-details">
      <div class="report-details__block">
        {item.topic !== null && (
          <p class="report-details__fact">
            {t.topic}: <strong>{topics[item.topic] ?? item.topic}</strong>
          </p>
        )}
        {item.environment !== null && (
          <p class="report-details__fact">
            {t.environment}: <strong>{item.environment.label}</strong>
          </p>
        )}
        <dl class="report-facts">
          {facts.map((fact) => (
            <div key={fact.key}>
              <dt>{fact.label}</dt>
              <dd>{format.count(fact.value)}</dd>
            </div>
          ))}
        </dl>
      </div>
      {reasons.length > 0 && (
        <div class="report-details__block">
          <h4>{t.reasons}</h4>
          <ul class="report-plain-list">
            {reasons.map((reason) => (
              <li key={reason}>
                {t.reasonNames[reason]}: <strong>{format.count(item.reasons[reason])}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

import { PageHeading } from '../components/page-heading';
import type { PageProps } from './page-props';

/** The customer service page: network status, common topics, opening hours. */
export function Support({ texts }: PageProps) {
  const t = texts.support;
  return (
    <div class="container page">
      <PageHeading>{t.title}</PageHeading>
      <p class="page-lead">{t.lead}</p>

      <section class="status" aria-labelledby="status-title">
        <h2 id="status-title">{t.statusTitle}</h2>
        <p class="status-message">
          <span class="status-dot" aria-hidden="true" />
          {t.statusMessage}
        </p>
        <p>{t.statusDetail}</p>
      </section>

      <section class="section-block" aria-labelledby="topics-title">
        <h2 id="topics-title">{t.topicsTitle}</h2>
        <ul class="topic-list">
          {t.topics.map((topic) => (
            <li class="card" key={topic.title}>
              <h3>{topic.title}</h3>
              <p>{topic.body}</p>
              <p class="topic-help">{t.topicHelp}</p>
            </li>
          ))}
        </ul>
      </section>

      <div class="support-columns">
        <section class="card" aria-labelledby="hours-title">
          <h2 id="hours-title">{t.hoursTitle}</h2>
          <dl class="hours">
            {t.hours.map((row) => (
              <div key={row.days}>
                <dt>{row.days}</dt>
                <dd>{row.time}</dd>
              </div>
            ))}
          </dl>
          <p class="note">{t.hoursNote}</p>
        </section>

        <section class="card card-accent" aria-labelledby="story-title">
          <h2 id="story-title">{t.storyTitle}</h2>
          <p>{t.storyBody}</p>
        </section>
      </div>
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { PageHeading } from '../components/page-heading';
import { useSearch } from '../router';
import { ROUTE_PATHS } from '../routes';
import type { PageProps } from './page-props';

/**
 * Ask us: the help widget inline, as a part of this page rather than a window over it, the way a
 * company puts it on its own help page with `@loket/widget` from npm. `?topic=internet` starts the
 * report on that topic; the links beside the widget do that.
 */
export function Help({ texts }: PageProps) {
  const t = texts.help;
  const topic = new URLSearchParams(useSearch()).get('topic') ?? undefined;
  // The element's code comes with this page only, in a chunk of its own.
  useEffect(() => void import('@loket/widget/define'), []);
  return (
    <div class="container page">
      <PageHeading>{t.title}</PageHeading>
      <p class="page-lead">{t.lead}</p>
      <div class="help-desk">
        {/* theme="light": this site has no dark scheme, so the widget keeps to its colours. */}
        <loket-widget class="help-widget" site="demo" mode="inline" theme="light" topic={topic}>
          {/* Shown until the element is defined; its own view replaces it. */}
          <p class="card help-loading">{t.loading}</p>
        </loket-widget>
        <aside class="help-aside">
          <section class="card" aria-labelledby="help-topics-title">
            <h2 id="help-topics-title">{t.topicsTitle}</h2>
            <ul class="help-topics">
              {texts.support.topics.map((item) => (
                <li key={item.id}>
                  <a href={`${ROUTE_PATHS.help}?topic=${item.id}`} aria-current={item.id === topic ? 'true' : undefined}>
                    {item.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <section class="card card-accent" aria-labelledby="help-story-title">
            <h2 id="help-story-title">{texts.support.storyTitle}</h2>
            <p>{t.storyBody}</p>
          </section>
        </aside>
      </div>
    </div>
  );
}

import { PageHeading } from '../components/page-heading';
import { ROUTE_PATHS } from '../routes';
import type { PageProps } from './page-props';

/** Shown for every path the site does not know, with a way back. */
export function NotFound({ texts }: PageProps) {
  const t = texts.notFound;
  return (
    <div class="container page">
      <PageHeading>{t.title}</PageHeading>
      <p class="page-lead">{t.body}</p>
      <ul class="link-list">
        <li>
          <a class="button" href={ROUTE_PATHS.home}>
            {t.homeLink}
          </a>
        </li>
        <li>
          <a href={ROUTE_PATHS.support}>{t.supportLink}</a>
        </li>
      </ul>
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { SiteFooter } from './components/site-footer';
import { SiteHeader } from './components/site-header';
import { useLanguage } from './language';
import { Home } from './pages/home';
import { NotFound } from './pages/not-found';
import type { PageProps } from './pages/page-props';
import { Support } from './pages/support';
import { usePath } from './router';
import { matchRoute } from './routes';
import type { RouteName } from './routes';
import { TEXTS } from './texts';
import { useHeadingFocusOnRouteChange } from './use-heading-focus';

const PAGES: Record<RouteName, FunctionComponent<PageProps>> = {
  home: Home,
  support: Support,
  notFound: NotFound,
};

/** The Zeewind demo site: header, the page for the current path, and footer. */
export function App() {
  const path = usePath();
  const [language, setLanguage] = useLanguage();
  const texts = TEXTS[language];
  const route = matchRoute(path);
  const Page = PAGES[route];
  const documentTitle = texts[route].documentTitle;

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  useHeadingFocusOnRouteChange(path);

  return (
    <>
      <a class="skip-link" href="#main">
        {texts.common.skipLink}
      </a>
      <SiteHeader path={path} texts={texts} language={language} onLanguageChange={setLanguage} />
      <main id="main" tabIndex={-1}>
        <Page texts={texts} />
      </main>
      <SiteFooter texts={texts} />
    </>
  );
}

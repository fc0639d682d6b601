import type { FunctionComponent } from 'preact';
import { SiteFooter } from './components/site-footer';
import { SiteHeader } from './components/site-header';
import { LazyConsole } from './console/lazy-console';
import { useLanguage } from './language';
import { Help } from './pages/help';
import { Home } from './pages/home';
import { NotFound } from './pages/not-found';
import type { PageProps } from './pages/page-props';
import { Support } from './pages/support';
import { usePath } from './router';
import { matchRoute } from './routes';
import type { RouteName } from './routes';
import { TEXTS } from './texts';
import type { Language } from './texts';
import { useDocumentTitle } from './use-document-title';
import { useHeadingFocusOnRouteChange } from './use-heading-focus';

/** The customer site's pages; the support console is an app of its own. */
type SiteRoute = Exclude<RouteName, 'console'>;

const PAGES: Record<SiteRoute, FunctionComponent<PageProps>> = {
  home: Home,
  support: Support,
  help: Help,
  notFound: NotFound,
};

/** The Zeewind demo site, or its support console under `/console`. */
export function App() {
  const path = usePath();
  const [language, setLanguage] = useLanguage();
  const route = matchRoute(path);
  if (route === 'console') return <LazyConsole path={path} language={language} onLanguageChange={setLanguage} />;
  return <Site path={path} route={route} language={language} onLanguageChange={setLanguage} />;
}

interface SiteProps {
  path: string;
  route: SiteRoute;
  language: Language;
  onLanguageChange: (language: Language) => void;
}

/** The customer site: header, the page for the current path, and footer. */
function Site({ path, route, language, onLanguageChange }: SiteProps) {
  const texts = TEXTS[language];
  const Page = PAGES[route];

  useDocumentTitle(texts[route].documentTitle);
  useHeadingFocusOnRouteChange(path);

  return (
    <>
      <a class="skip-link" href="#main">
        {texts.common.skipLink}
      </a>
      <SiteHeader path={path} texts={texts} language={language} onLanguageChange={onLanguageChange} />
      <main id="main" tabIndex={-1}>
        <Page texts={texts} />
      </main>
      <SiteFooter texts={texts} />
    </>
  );
}

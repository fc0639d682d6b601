import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { Language } from '../texts';
import type { ConsoleAppProps } from './console-app';

// The only console texts in the site's own bundle: what shows while the console itself loads.
const LOADING_TEXTS: Record<Language, { loading: string; failed: string; reload: string }> = {
  nl: {
    loading: 'De supportconsole wordt geladen…',
    failed: 'De supportconsole kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw.',
    reload: 'Opnieuw laden',
  },
  en: {
    loading: 'Loading the support console…',
    failed: 'The support console could not be loaded. Check the connection and reload the page.',
    reload: 'Reload',
  },
};

let loading: Promise<FunctionComponent<ConsoleAppProps>> | undefined;

// The console's styles come with its code, so customers of the site never download them either.
const CONSOLE_STYLESHEETS = ['/assets/styles/console.css', '/assets/styles/console-report.css'];

/** Adds a stylesheet to the page once; resolves when it has loaded, so nothing shows unstyled. */
function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => {
      link.remove();
      reject(new Error(`Could not load ${href}`));
    };
    document.head.append(link);
  });
}

function loadConsole(): Promise<FunctionComponent<ConsoleAppProps>> {
  return Promise.all([import('./console-app'), ...CONSOLE_STYLESHEETS.map(loadStylesheet)]).then(([module]) => module.ConsoleApp);
}

/**
 * The support console, fetched with `import()` (and its stylesheets) the first time a `/console`
 * page opens, so customers of the site never download it.
 */
export function LazyConsole(props: ConsoleAppProps) {
  const [ConsoleApp, setConsoleApp] = useState<FunctionComponent<ConsoleAppProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loading ??= loadConsole();
    loading.then(
      (component) => setConsoleApp(() => component),
      () => {
        loading = undefined;
        setFailed(true);
      },
    );
  }, []);

  if (ConsoleApp !== null) return <ConsoleApp {...props} />;
  const t = LOADING_TEXTS[props.language];
  return (
    <main id="main" class="console-main console-loading">
      {failed ? (
        <div class="console-error" role="alert">
          <p>{t.failed}</p>
          <button type="button" class="console-button" onClick={() => location.reload()}>
            {t.reload}
          </button>
        </div>
      ) : (
        <p role="status">{t.loading}</p>
      )}
    </main>
  );
}

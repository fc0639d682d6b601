import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../use-document-title';
import { useConsole } from '../console-context';
import { CONSOLE_PATHS } from '../console-routes';

/** Shown for a path under `/console` that the console does not know, with the way back. */
export function ConsoleNotFound() {
  const { texts } = useConsole();
  useDocumentTitle(texts.documentTitle(texts.notFound.title));
  return (
    <div class="console-page">
      <PageHeading>{texts.notFound.title}</PageHeading>
      <p>{texts.notFound.body}</p>
      <p>
        <a href={CONSOLE_PATHS.inbox}>{texts.header.inbox}</a>
      </p>
    </div>
  );
}

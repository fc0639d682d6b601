import type { Environment } from '@loket/sdk';
import { useConsole } from '../console-context';
import type { ConsoleTexts } from '../console-texts';

type Row = { key: string; label: string; value: string };

/** The environment the customer sent, as a definition list; every field is optional. */
export function EnvironmentList({ environment }: { environment: Environment }) {
  const { texts } = useConsole();
  const rows = environmentRows(environment, texts);
  if (rows.length === 0) return <p class="muted">{texts.case.noEnvironment}</p>;
  return (
    <dl class="fact-list">
      {rows.map((row) => (
        <div key={row.key} data-field={row.key}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function environmentRows(environment: Environment, texts: ConsoleTexts): Row[] {
  const t = texts.case;
  const f = t.environmentFields;
  const rows: Row[] = [];
  const add = (key: string, label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') rows.push({ key, label, value });
  };
  const named = (item: { name: string; version?: string; verified?: 'confirmed' | 'corrected' } | undefined) => {
    if (!item) return undefined;
    const name = [item.name, item.version].filter(Boolean).join(' ');
    return item.verified ? `${name} (${t.verified[item.verified]})` : name;
  };
  const size = (item: { width: number; height: number } | undefined) => (item ? `${item.width} × ${item.height}` : undefined);

  add('os', f.os, named(environment.os));
  add('browser', f.browser, named(environment.browser));
  add('device', f.device, environment.device && texts.device[environment.device.type]);
  add('language', f.language, environment.language);
  add('timeZone', f.timeZone, environment.timeZone);
  add('screen', f.screen, size(environment.screen));
  add('viewport', f.viewport, size(environment.viewport));
  add('online', f.online, environment.online === undefined ? undefined : environment.online ? texts.yes : texts.no);
  add('connection', f.connection, environment.connection);
  add('page', f.page, environment.page);
  // The host page's own context: its names are the company's, shown as they are.
  for (const [name, value] of Object.entries(environment.context ?? {})) add(`context.${name}`, name, String(value));
  return rows;
}

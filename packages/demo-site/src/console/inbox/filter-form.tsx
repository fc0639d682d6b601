import { useEffect, useState } from 'preact/hooks';
import { BROWSER_NAMES, CASE_PRIORITIES, CASE_STATUSES, DEVICE_TYPES, OS_NAMES, SUPPORT_LEVELS } from '@loket/sdk';
import { useConsole } from '../console-context';
import { CONSOLE_PATHS } from '../console-routes';
import { SelectField, TextField } from '../fields';
import { countFilters, hasInvalidOsVersion } from './inbox-filter';
import type { InboxFilter } from './inbox-filter';

/** Below this width the filters fold away behind a button (the same width as in console.css). */
const NARROW_SCREEN = '(max-width: 860px)';

interface FilterFormProps {
  /** The filters in the address bar; the form starts from them and follows back and forward. */
  filter: InboxFilter;
  onApply: (filter: InboxFilter) => void;
}

const OS_VERSION_ID = 'filter-os-version';

/** Keeps a value that is not among the known ones (from an older link) choosable. */
const withCurrent = (names: readonly string[], current: string) => (current === '' || names.includes(current) ? names : [...names, current]);

/**
 * The inbox's filters. Nothing happens until the form is sent (Enter or the button), so keyboard
 * and screen reader users can go through the choices without the list changing under them. On a
 * phone the fields start folded away, so the cases come first.
 */
export function FilterForm({ filter, onApply }: FilterFormProps) {
  const { texts, site, announce } = useConsole();
  const t = texts.inbox;
  const [draft, setDraft] = useState(filter);
  const [open, setOpen] = useState(() => !matchMedia(NARROW_SCREEN).matches);
  // After a refused attempt to apply, the version is checked as it is typed, so the error goes once it is right.
  const [checkVersion, setCheckVersion] = useState(false);
  useEffect(() => {
    setDraft(filter);
    setCheckVersion(false);
  }, [filter]);
  const versionInvalid = checkVersion && hasInvalidOsVersion(draft);
  const set = <K extends keyof InboxFilter>(name: K, value: InboxFilter[K]) => setDraft((current) => ({ ...current, [name]: value }));
  const any = ['', texts.any] as const;
  const active = countFilters(filter);

  const topicIds = withCurrent(site.topics.map((topic) => topic.id), draft.topic);

  return (
    <form
      class={open ? 'panel filters' : 'panel filters is-folded'}
      role="search"
      aria-labelledby="filters-title"
      onSubmit={(event) => {
        event.preventDefault();
        // The API refuses such a version; it stays as typed, to be corrected, and the address is left alone.
        if (hasInvalidOsVersion(draft)) {
          setCheckVersion(true);
          const field = document.getElementById(OS_VERSION_ID);
          // Moving focus reads the error (it describes the field); in the field already, nothing would be read.
          if (field === document.activeElement) announce(t.osVersionInvalid);
          // Once the error is rendered, so it is read with the field.
          else requestAnimationFrame(() => field?.focus());
          return;
        }
        setCheckVersion(false);
        onApply(draft);
      }}
    >
      <div class="filters-heading">
        <h2 id="filters-title">{t.filtersTitle}</h2>
        <button type="button" class="filters-toggle console-button console-button-secondary" aria-expanded={open} aria-controls="filter-fields" onClick={() => setOpen(!open)}>
          {open ? t.hideFilters : t.showFilters(active)}
        </button>
      </div>
      <div class="filter-fields" id="filter-fields">
        <fieldset class="filter-statuses">
          <legend>{t.status}</legend>
          {CASE_STATUSES.map((status) => (
            <label key={status} class="check">
              <input
                type="checkbox"
                name="status"
                value={status}
                checked={draft.status.includes(status)}
                onChange={(event) =>
                  set('status', event.currentTarget.checked ? [...draft.status, status] : draft.status.filter((other) => other !== status))
                }
              />
              {texts.status[status]}
            </label>
          ))}
        </fieldset>
        <div class="filter-grid">
          <TextField id="filter-q" wide label={t.search} hint={t.searchHint} value={draft.q} maxLength={200} onInput={(value) => set('q', value)} />
          <SelectField id="filter-topic" label={t.topic} value={draft.topic} options={[any, ...topicIds.map((id) => [id, site.topicLabel(id)] as const)]} onChange={(value) => set('topic', value)} />
          <SelectField
            id="filter-priority"
            label={t.priority}
            value={draft.priority}
            options={[any, ...CASE_PRIORITIES.map((priority) => [priority, texts.priority[priority]] as const)]}
            onChange={(value) => set('priority', value as InboxFilter['priority'])}
          />
          <SelectField
            id="filter-os"
            label={t.os}
            value={draft.os}
            options={[any, ...withCurrent(OS_NAMES, draft.os).map((name) => [name, name] as const)]}
            onChange={(value) => set('os', value)}
          />
          <TextField
            id={OS_VERSION_ID}
            label={t.osVersion}
            hint={t.osVersionHint}
            error={versionInvalid ? t.osVersionInvalid : undefined}
            value={draft.osVersion}
            maxLength={50}
            disabled={draft.os === ''}
            onInput={(value) => set('osVersion', value)}
          />
          <SelectField
            id="filter-browser"
            label={t.browser}
            value={draft.browser}
            options={[any, ...withCurrent(BROWSER_NAMES, draft.browser).map((name) => [name, name] as const)]}
            onChange={(value) => set('browser', value)}
          />
          <SelectField
            id="filter-device"
            label={t.device}
            value={draft.device}
            options={[any, ...DEVICE_TYPES.map((device) => [device, texts.device[device]] as const)]}
            onChange={(value) => set('device', value as InboxFilter['device'])}
          />
          <SelectField
            id="filter-level"
            label={t.level}
            value={String(draft.level)}
            options={[any, ...SUPPORT_LEVELS.map((level) => [String(level), texts.level(level)] as const)]}
            onChange={(value) => set('level', value === '' ? '' : (Number(value) as InboxFilter['level']))}
          />
          <SelectField
            id="filter-escalated"
            label={t.escalated}
            value={draft.escalated}
            options={[any, ['true', t.escalatedYes], ['false', t.escalatedNo]]}
            onChange={(value) => set('escalated', value as InboxFilter['escalated'])}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="console-button">
            {t.apply}
          </button>
          {active > 0 && <a href={CONSOLE_PATHS.inbox}>{t.clear}</a>}
        </div>
      </div>
    </form>
  );
}

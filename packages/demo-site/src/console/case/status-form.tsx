import { useEffect, useState } from 'preact/hooks';
import { CASE_STATUSES } from '@loket/sdk';
import type { CaseStatus, SupportCase } from '@loket/sdk';
import { useConsole } from '../console-context';
import type { ConsoleTexts } from '../console-texts';
import { describeError } from '../describe-error';
import { SelectField } from '../fields';
import { FormOutcome } from './form-outcome';

interface StatusFormProps {
  supportCase: SupportCase;
  onChanged: (updated: SupportCase) => void;
}

/** What came of saving; put into words when shown, so it follows a change of language. */
type StatusOutcome = { kind: 'unchanged' } | { kind: 'done'; status: CaseStatus } | { kind: 'failed'; error: unknown };

/** Changes the status of the case; the customer sees the new status in the widget. */
export function StatusForm({ supportCase, onChanged }: StatusFormProps) {
  const { support, texts } = useConsole();
  const t = texts.case.statusForm;
  const [status, setStatus] = useState<CaseStatus>(supportCase.status);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<StatusOutcome | null>(null);
  // A reply can change the status too; the choice follows the case.
  useEffect(() => setStatus(supportCase.status), [supportCase.status]);

  const save = async () => {
    if (saving) return;
    if (status === supportCase.status) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    setSaving(true);
    setOutcome(null);
    try {
      const updated = await support.cases.setStatus(supportCase.reference, status);
      onChanged(updated);
      setOutcome({ kind: 'done', status: updated.status });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="status-form"
      aria-labelledby="status-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="status-form-title">{t.title}</h3>
      <div class="inline-form">
        <SelectField
          id="case-status"
          label={t.label}
          value={status}
          options={CASE_STATUSES.map((option) => [option, texts.status[option]] as const)}
          onChange={(value) => setStatus(value as CaseStatus)}
        />
        <button type="submit" class="console-button" aria-disabled={saving}>
          {saving ? t.saving : t.submit}
        </button>
      </div>
      {outcome !== null && <FormOutcome outcome={outcome} tone={outcome.kind === 'done' ? 'done' : 'problem'} message={describeOutcome(outcome, texts)} />}
    </form>
  );
}

function describeOutcome(outcome: StatusOutcome, texts: ConsoleTexts): string {
  const t = texts.case.statusForm;
  switch (outcome.kind) {
    case 'unchanged':
      return t.unchanged;
    case 'done':
      return t.done(texts.status[outcome.status]);
    case 'failed':
      return `${t.failed} ${describeError(outcome.error, texts)}`;
  }
}

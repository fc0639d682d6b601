import { PERIODS } from './period';
import type { Period } from './period';
import type { ReportTexts } from './report-texts';

type Props = { value: Period; onChange(period: Period): void; texts: ReportTexts };

/** Radio buttons for the report's period, styled as one segmented control. */
export function PeriodChooser({ value, onChange, texts }: Props) {
  const t = texts.period;
  return (
    <fieldset class="report-period">
      <legend>{t.legend}</legend>
      <div class="report-period__options">
        {PERIODS.map((period) => (
          <label key={period} class="report-period__option">
            <input type="radio" name="report-period" value={period} checked={value === period} onChange={() => onChange(period)} />
            <span>{t.options[period]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

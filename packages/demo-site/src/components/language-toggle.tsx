import { LANGUAGE_NAMES, LANGUAGES } from '../texts';
import type { Language } from '../texts';

interface LanguageToggleProps {
  language: Language;
  /** Label of the button group, in the current language. */
  label: string;
  onChange: (language: Language) => void;
}

/** NL/EN buttons; the pressed one is the current language. */
export function LanguageToggle({ language, label, onChange }: LanguageToggleProps) {
  return (
    <div class="language-toggle" role="group" aria-label={label}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          // The visible code comes first in the name, so voice control users can say what they see.
          aria-label={`${code.toUpperCase()}, ${LANGUAGE_NAMES[code]}`}
          aria-pressed={code === language}
          onClick={() => onChange(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

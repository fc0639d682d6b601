import { formatDocsReport } from '@loket/sdk';
import type { DocsReport } from '@loket/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Period } from './period';
import type { ReportTexts } from './report-texts';

type Props = {
  report: DocsReport;
  period: Period;
  texts: ReportTexts;
  /** Says something to screen reader users: the console's live region. */
  announce: (message: string) => void;
};

const MEDIA_TYPES = { markdown: 'text/markdown;charset=utf-8', csv: 'text/csv;charset=utf-8' } as const;
const EXTENSIONS = { markdown: 'md', csv: 'csv' } as const;

/** Copy the report as Markdown, or download it as Markdown or CSV, in the SDK's formats. */
export function ReportShare({ report, period, texts, announce }: Props) {
  const t = texts.share;
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<string | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement>(null);

  // A new report makes an open fallback stale: its text is of the old one.
  useEffect(() => {
    setFallback(undefined);
    setMessage('');
  }, [report]);

  useEffect(() => {
    if (fallback === undefined) return;
    textarea.current?.focus();
    textarea.current?.select();
  }, [fallback]);

  // Shown beside the buttons, and read out through the console's live region.
  const say = (text: string) => {
    setMessage(text);
    announce(text);
  };

  const copy = async () => {
    const markdown = formatDocsReport(report, 'markdown');
    try {
      // Not every page may write the clipboard (permissions policy, an insecure origin, an iframe);
      // the fallback then selects the text so one key press copies it.
      if (navigator.clipboard === undefined) throw new Error('No clipboard');
      await navigator.clipboard.writeText(markdown);
      setFallback(undefined);
      say(t.copied);
    } catch {
      setFallback(markdown);
      say(t.copyFallback);
    }
  };

  const download = (format: 'markdown' | 'csv') => {
    const fileName = `${t.fileName}-${period}-${report.until.slice(0, 10)}.${EXTENSIONS[format]}`;
    // The CSV starts with a byte order mark (formatDocsReport), so Excel reads it as UTF-8.
    const url = URL.createObjectURL(new Blob([formatDocsReport(report, format)], { type: MEDIA_TYPES[format] }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(t.downloaded(fileName));
  };

  return (
    <section class="report-section report-share" aria-labelledby="report-share-heading">
      <h2 id="report-share-heading">{t.heading}</h2>
      <p class="report-section__intro">{t.intro}</p>
      <div class="report-share__buttons">
        <button type="button" class="console-button" onClick={copy}>
          {t.copyMarkdown}
        </button>
        <button type="button" class="console-button console-button-secondary" onClick={() => download('markdown')}>
          {t.downloadMarkdown}
        </button>
        <button type="button" class="console-button console-button-secondary" onClick={() => download('csv')}>
          {t.downloadCsv}
        </button>
      </div>
      <p class="report-share__message">{message}</p>
      {fallback !== undefined && (
        <div class="report-share__fallback">
          <label for="report-markdown">{t.textareaLabel}</label>
          <textarea id="report-markdown" ref={textarea} readOnly rows={10} value={fallback} />
        </div>
      )}
    </section>
  );
}

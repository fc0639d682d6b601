import type { EmailPayload } from './delivery-payload';
import { EMAIL_TEXTS } from './email-texts';

/** An e-mail to a customer, ready to send. */
export type CaseEmail = { subject: string; text: string; html: string };

/**
 * Writes the e-mail that tells a customer about a reply, a question or a new status of their
 * case, in the case's language, with the link that opens the case in the widget. The HTML part
 * holds the same words, escaped, so a message can never add markup.
 *
 * @param options.siteName - the company's name, from site.yaml.
 * @param options.link - `…#loket-case=<reference>&t=<token>`, see `caseLinkUrl`.
 * @example
 * composeCaseEmail({ siteName: 'Zeewind', link, payload: { reference: 'LK-4F7Q-92KD', locale: 'en', status: { from: 'new', to: 'solved' } } });
 * // { subject: 'Your case LK-4F7Q-92KD is solved', text: 'Hello,\n\nThe status of …', html: '…' }
 */
export function composeCaseEmail(options: { siteName: string; link: string; payload: EmailPayload }): CaseEmail {
  const { siteName, link, payload } = options;
  const texts = EMAIL_TEXTS[payload.locale] ?? EMAIL_TEXTS.nl;
  const { reference, message, status } = payload;
  const question = message?.question === true;
  const subject = message
    ? (question ? texts.subjectQuestion(reference) : texts.subjectMessage(reference))
    : texts.subjectStatus(reference, status!.to);
  const paragraphs: Array<{ text: string; quote?: boolean }> = [{ text: texts.greeting }];
  if (message) {
    paragraphs.push({ text: question ? texts.questionIntro(siteName, reference) : texts.messageIntro(siteName, reference) });
    paragraphs.push({ text: message.text, quote: true });
  } else {
    paragraphs.push({ text: texts.statusIntro(reference) });
  }
  if (status) paragraphs.push({ text: texts.statusSentences[status.to] });
  const linkIntro = question ? texts.linkIntroQuestion : texts.linkIntro;
  const text = [
    ...paragraphs.map((paragraph) => paragraph.text),
    `${linkIntro}\n${link}`,
    `${texts.signOff}\n${siteName}`,
    `--\n${texts.footer}`,
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphs.map((paragraph) =>
      paragraph.quote
        ? `<blockquote style="white-space: pre-wrap; border-left: 3px solid #ccc; margin: 0; padding-left: 1em">${escapeHtml(paragraph.text)}</blockquote>`
        : `<p>${escapeHtml(paragraph.text)}</p>`,
    ),
    `<p>${escapeHtml(linkIntro)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p>${escapeHtml(texts.signOff)}<br>${escapeHtml(siteName)}</p>`,
    `<p style="color: #666; font-size: 0.85em">${escapeHtml(texts.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

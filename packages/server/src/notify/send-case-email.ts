import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Site } from '../sites/site-schema';
import type { CaseEmail } from './compose-case-email';

/** SMTP timeouts: a mail server that hangs fails the attempt, which is retried later. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** Sends the e-mails of one site over its SMTP server; `close` ends its connections. */
export type MailSender = {
  send(to: string, email: CaseEmail): Promise<void>;
  close(): void;
};

/**
 * Opens an SMTP transport with the site's `email.smtp` settings (nodemailer). TLS from the start
 * when `secure`, otherwise STARTTLS when the server offers it.
 *
 * @throws {Error} from `send` when the mail server cannot be reached or refuses the message; the
 *   delivery is then retried.
 */
export function createMailSender(site: Site & { email: NonNullable<Site['email']> }): MailSender {
  const { smtp, from } = site.email;
  const transporter: Transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user !== undefined && { auth: { user: smtp.user, pass: smtp.password ?? '' } }),
    ...SMTP_TIMEOUTS,
  });
  return {
    async send(to, email) {
      try {
        await transporter.sendMail({ from, to, subject: email.subject, text: email.text, html: email.html });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `Mail server ${smtp.host}:${smtp.port} of site '${site.key}' did not take the e-mail (${reason}). Check email.smtp in site.yaml and that the server is up; Loket retries.`,
          { cause: error },
        );
      }
    },
    close: () => transporter.close(),
  };
}

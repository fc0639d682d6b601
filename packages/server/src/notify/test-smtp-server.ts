// A real SMTP server on loopback for the tests (smtp-server), which parses what arrives (mailparser).
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the server accepted, with the envelope recipients. */
export type ReceivedMail = { mail: ParsedMail; recipients: string[] };

/** A running SMTP server that keeps every message it accepts. */
export type TestSmtpServer = { port: number; received: ReceivedMail[]; close(): Promise<void> };

/**
 * Starts an SMTP server on 127.0.0.1 (`port` 0 picks a free one). With `auth`, it accepts only
 * that user name and password; it offers no STARTTLS, so the client sends in the clear.
 */
export async function startSmtpServer(options: { port?: number; auth?: { user: string; password: string } } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const { auth } = options;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !auth,
    allowInsecureAuth: true,
    onAuth(credentials, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.password) callback(null, { user: auth.user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ mail, recipients: session.envelope.rcptTo.map((recipient) => recipient.address) });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

import { isHashedKey, signingKeys } from './secret-key';
import type { SiteFile } from './site-schema';

/** Shortest secret key the admin API accepts: long enough that guessing is hopeless. */
export const SECRET_KEY_MIN_LENGTH = 24;

const ENV_REFERENCE = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;

/** A mistake in a site's configuration, at a dotted path of `site.yaml`. */
export type ConfigProblem = { path: string; message: string };

/**
 * Reads the `$NAME` secrets of a site (secret keys, the SMTP password, webhook secrets, the
 * identity secret) from the environment, and checks what the secrets must be: secret keys and the
 * identity secret of at least {@link SECRET_KEY_MIN_LENGTH} characters, and a secret key whenever
 * e-mail is on (its links are signed with one).
 *
 * @returns the site with every secret in clear, and each problem found.
 * @example
 * const { site, problems } = resolveSecrets(file, process.env);
 */
export function resolveSecrets(file: SiteFile, env: NodeJS.ProcessEnv): { site: SiteFile; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const read = (value: string, path: string): string => {
    const name = ENV_REFERENCE.exec(value)?.[1];
    if (name === undefined) return value;
    const found = env[name];
    if (found === undefined || found === '') {
      problems.push({ path, message: `The environment variable ${name} is not set. Set it before starting the server (e.g. ${name}=… in the service's environment), or remove "${value}".` });
      return '';
    }
    return found;
  };
  const secretKeys = file.secretKeys.map((value, index) => {
    const key = read(value, `secretKeys.${index}`);
    if (key !== '' && !isHashedKey(key) && key.length < SECRET_KEY_MIN_LENGTH) {
      problems.push({
        path: `secretKeys.${index}`,
        message: `A secret key has at least ${SECRET_KEY_MIN_LENGTH} characters; this one has ${key.length}. Make one with: openssl rand -base64 32`,
      });
    }
    return key;
  });
  const email = file.email && {
    ...file.email,
    smtp: { ...file.email.smtp, ...(file.email.smtp.password === undefined ? {} : { password: read(file.email.smtp.password, 'email.smtp.password') }) },
  };
  if (file.email && signingKeys(file.secretKeys).length === 0) {
    problems.push({ path: 'email', message: 'The links in e-mails are signed with the site\'s secret key: add one under secretKeys, written out rather than hashed (at least 24 characters, best as "$NAME").' });
  }
  const webhooks = file.webhooks.map((webhook, index) => ({ ...webhook, secret: read(webhook.secret, `webhooks.${index}.secret`) }));
  const identitySecret = file.identitySecret === undefined ? undefined : read(file.identitySecret, 'identitySecret');
  if (identitySecret && identitySecret.length < SECRET_KEY_MIN_LENGTH) {
    problems.push({
      path: 'identitySecret',
      message: `The identity secret has at least ${SECRET_KEY_MIN_LENGTH} characters; this one has ${identitySecret.length}. Make one with: openssl rand -hex 32`,
    });
  }
  return { site: { ...file, secretKeys, ...(email ? { email } : {}), webhooks, ...(identitySecret === undefined ? {} : { identitySecret }) }, problems };
}

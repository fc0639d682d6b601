import { text } from 'node:stream/consumers';
import { SECRET_KEY_MIN_LENGTH } from '../sites/resolve-secrets';
import { newSecretKey, secretKeyHash } from '../sites/secret-key';
import type { CommandResult } from './flows-command';
import { UsageError } from './usage-error';

export const KEY_HELP = `Usage: loket key new
       loket key hash < file-with-the-key

new   makes a secret key for a site's admin API and prints it once, with the line that
      admits it in site.yaml without the configuration holding the key:
        secretKeys:
          - sha256:<its SHA-256>
hash  prints that line for a key you have, read from standard input (not from the command
      line, which shell history keeps)

To rotate a key without downtime: add the new key's line beside the old one, restart the
server (one instance at a time behind a load balancer), move the tools to the new key,
then remove the old line and restart again. Links in e-mails are signed with the first key
written out (best as "$NAME", from the environment); a hashed key cannot sign them.
`;

/**
 * `loket key new | hash`: makes a secret key, or hashes one, for `secretKeys` in site.yaml.
 *
 * @param args - The arguments after `key`.
 * @param stdin - Where `hash` reads the key from.
 */
export async function runKeyCommand(args: string[], stdin: NodeJS.ReadableStream = process.stdin): Promise<CommandResult> {
  const [subcommand] = args;
  if (subcommand === undefined || args.includes('--help')) return { output: [KEY_HELP], exitCode: 0 };
  if (subcommand === 'new') {
    const { key, hashed } = newSecretKey();
    return {
      output: [
        'New secret key (shown only now; give it to the support team\'s tools as Authorization: Bearer <key>):',
        `  ${key}`,
        '',
        'Admit it in the site\'s site.yaml without storing it:',
        '  secretKeys:',
        `    - ${hashed}`,
      ],
      exitCode: 0,
    };
  }
  if (subcommand === 'hash') {
    const key = (await text(stdin)).trim();
    if (key.length < SECRET_KEY_MIN_LENGTH) {
      return { output: [`A secret key has at least ${SECRET_KEY_MIN_LENGTH} characters; standard input held ${key.length}. Make one with: loket key new`], exitCode: 1 };
    }
    return { output: [`sha256:${secretKeyHash(key)}`], exitCode: 0 };
  }
  throw new UsageError(`Unknown key command "${subcommand}".\n\n${KEY_HELP}`);
}

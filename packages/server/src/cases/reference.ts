import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET } from '@loket/sdk';

function randomBlock(length: number): string {
  let block = '';
  for (let index = 0; index < length; index += 1) block += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return block;
}

/**
 * Makes a new random case reference such as `LK-4F7Q-92KD`: 8 characters from an alphabet
 * without look-alikes (29^8, about 5·10^11 references). Uniqueness is the database's job.
 */
export function generateReference(): string {
  return `LK-${randomBlock(4)}-${randomBlock(4)}`;
}

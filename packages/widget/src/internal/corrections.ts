import { CONFIRMABLE_FIELDS, UNKNOWN_NAME } from '@loket/sdk';
import type { Environment } from '@loket/sdk';

/** A detected detail a flow asks the customer to check. */
export type ConfirmField = (typeof CONFIRMABLE_FIELDS)[number];

/** What was detected of a field, or `undefined` when nothing useful was (absent or "Unknown"). */
export function detected(environment: Environment, field: ConfirmField): { name: string; version?: string } | undefined {
  const value = environment[field];
  return value && value.name !== UNKNOWN_NAME ? { name: value.name, ...(value.version ? { version: value.version } : {}) } : undefined;
}

/** The customer's check of one detail: as detected, or corrected. */
export type Correction = { name: string; version?: string; verified: 'confirmed' | 'corrected' };

/** The customer's checks, by field. */
export type Corrections = Partial<Record<ConfirmField, Correction>>;

/** The environment with the customer's checks applied: what they confirmed or corrected replaces what was detected. */
export function applyCorrections(environment: Environment, corrections: Corrections): Environment {
  const corrected: Environment = { ...environment };
  for (const [field, correction] of Object.entries(corrections) as [ConfirmField, Correction][]) {
    corrected[field] = { name: correction.name, ...(correction.version ? { version: correction.version } : {}), verified: correction.verified };
  }
  return corrected;
}

/** Marks the fields a flow asks to check as confirmed when the customer went on without changing them. */
export function confirmUnchanged(fields: readonly ConfirmField[], environment: Environment, corrections: Corrections): Corrections {
  const checked = { ...corrections };
  for (const field of fields) {
    const found = detected(environment, field);
    if (!checked[field] && found) checked[field] = { ...found, verified: 'confirmed' };
  }
  return checked;
}

/** What the customer did on the confirm step: agreed with the detected value, or changed part of it. */
export type Check = { verified: 'confirmed' } | { verified: 'corrected'; name?: string; version?: string };

/**
 * The customer's check of one detail after a change on the confirm step. Confirming takes the
 * detected value as it is; correcting keeps what was corrected so far and changes the rest.
 */
export function checkDetail(found: { name: string; version?: string } | undefined, current: Correction | undefined, check: Check): Correction {
  if (check.verified === 'confirmed') return found ? { ...found, verified: 'confirmed' } : { name: '', verified: 'corrected' };
  const base = current ?? (found ? { ...found } : { name: '' });
  const corrected: Correction = { name: check.name ?? base.name, verified: 'corrected' };
  const version = 'version' in check ? check.version : base.version;
  return version ? { ...corrected, version } : corrected;
}

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors/app-error.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * zxcvbn-ts with its common dictionaries (the most frequent passwords of public breach corpora and common
 * words): a password it scores below 3 of 4 (guessable in under ~10^8 attempts) is refused, so is one made of
 * the user's own names. Built once: loading the dictionaries takes ~0.1 s.
 */
let estimator: ZxcvbnFactory | null = null;
const MIN_SCORE = 3;

/** Throws WEAK_PASSWORD unless the password is long enough and not common or guessable. */
export function assertStrongPassword(password: string, userInputs: string[] = [], field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
    throw new AppError('WEAK_PASSWORD', { field, detail: `at least ${MIN_PASSWORD_LENGTH} characters` });
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  // zxcvbn's cost grows with length; the first 100 characters decide whether it is guessable.
  const result = estimator.check(password.slice(0, 100), userInputs);
  if (result.score < MIN_SCORE)
    throw new AppError('WEAK_PASSWORD', {
      field,
      detail: result.feedback.warning ?? 'a common or easily guessed password',
    });
}

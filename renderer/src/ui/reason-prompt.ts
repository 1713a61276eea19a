// "Why?" asked before a change that needs a reason (a new end of an approved plan, a rebaseline): a tiny store
// outside React, so that a grid cell, the detail panel or a timeline drag can ask and wait for the answer; the one
// <ReasonPrompt> of the window shows the question.
import { useSyncExternalStore } from 'react';
import { AppError } from '../../../shared/result';
import { text } from '../language/language';

export interface ReasonQuestion {
  readonly title: string;
  /** What is about to happen, in words ("5.1.1.3: end Dec 2026 → Mar 2027"). */
  readonly change: string;
  readonly hint: string;
  readonly submitLabel: string;
  readonly answer: (reason: string | null) => void;
}

let question: ReasonQuestion | null = null;
const listeners = new Set<() => void>();

function publish(next: ReasonQuestion | null): void {
  question = next;
  for (const listener of listeners) listener();
}

/** Asks for a reason; resolves to the text typed, or null when the user cancels. */
export function askReason(ask: Omit<ReasonQuestion, 'answer'>): Promise<string | null> {
  question?.answer(null);
  return new Promise((resolve) => {
    publish({
      ...ask,
      answer: (reason) => {
        publish(null);
        resolve(reason);
      },
    });
  });
}

export function useReasonQuestion(): ReasonQuestion | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => question,
  );
}

/** The core refused a change only for want of a reason (see core/plan/baseline.ts). */
export function needsReason(error: unknown): boolean {
  return error instanceof AppError && (error.details as { needs?: unknown } | undefined)?.needs === 'reason';
}

/**
 * Runs `save` without a reason; when the workspace asks for one, asks the user and runs it again with the answer.
 * Resolves to null when the user cancels (nothing saved).
 */
export async function withReasonIfAsked<T>(save: (reason?: string) => Promise<T>, ask: (refusal: string) => Omit<ReasonQuestion, 'answer'>): Promise<T | null> {
  try {
    return await save();
  } catch (error) {
    if (!needsReason(error)) throw error;
    const reason = await askReason(ask((error as AppError).message));
    return reason === null ? null : save(reason);
  }
}

/** The question for a new end of an approved plan: `refusal` is the workspace's words of why it needs a reason. */
export function revisedEndQuestion(action: string, newEnd: string, refusal: string): Omit<ReasonQuestion, 'answer'> {
  return {
    title: text()['common.revisedEndTitle'],
    change: text()['common.revisedEndChange'](action, newEnd.trim()),
    // "The plan was approved on …: the new end (…) is recorded as a revised end and needs a reason"
    hint: text()['common.revisedEndHint'](refusal.replace(/ and needs a reason$/, '')),
    submitLabel: text()['common.saveRevisedEnd'],
  };
}

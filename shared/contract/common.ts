// What every domain's schemas are made of: ids, texts with their limits, dates, and the marker of a method's result.
import { z } from 'zod';
import { CALENDAR_DATE_RULE, isCalendarDate } from '../dates';
import type { Channel } from './methods';

/** A type-only marker for a method's result; it carries no value at run time. */
export function returns<T>(): T {
  return undefined as T;
}

/** One method's wire shape: its input schema and (as a type only) its result. */
export interface MethodSchema {
  readonly input: z.ZodType;
  readonly result: unknown;
}

/** The channels of some domains (`plans`, `actions`…), as methods.ts names them. */
export type ChannelsOf<D extends string> = Extract<Channel, `${D}:${string}`>;

/** The schemas of a domain's methods: one for each of its channels in methods.ts, and no other. */
export type DomainSchemas<D extends string> = { readonly [K in ChannelsOf<D>]: MethodSchema };

export const id = z.string().min(1, 'an id is required').max(100, 'an id is at most 100 characters');
export const noInput = z.object({}).strict();
export const shortText = z.string().max(2000, 'must be at most 2,000 characters');
export const longText = z.string().max(100_000, 'must be at most 100,000 characters');
export const title = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(5000);
/** A calendar day, checked as shared/dates.ts checks every day: 2027-01-31. */
export const calendarDate = z.string().refine(isCalendarDate, CALENDAR_DATE_RULE);

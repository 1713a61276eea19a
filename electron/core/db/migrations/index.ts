// Every migration, listed in code: reading a folder at run time breaks once the app is bundled.
// Names sort in the order they run; add new ones at the end.
import type { Migration } from 'kysely';
import * as initialPlanSchema from './2026-11-27-initial-plan-schema';
import * as workspaceIdentity from './2026-11-27-workspace-identity';
import * as exchangePackages from './2026-11-27-exchange-packages';
import * as reviewDrafts from './2026-11-27-review-drafts';
import * as packageMergeUndo from './2026-11-27-package-merge-undo';
import * as monthsChecked from './2026-12-06-months-checked';
import * as deliveryRatings from './2026-12-06-delivery-ratings';
import * as committeePages from './2026-12-06-committee-pages';
import * as periodsAndDaysChecked from './2026-12-06-periods-and-days-checked';
import * as planBaseline from './2026-12-06-plan-baseline';
import * as sentWorkbooks from './2026-12-06-sent-workbooks';
import * as importReports from './2026-12-06-import-reports';
import * as returnsSignedWithEvidence from './2026-12-06-returns-signed-with-evidence';
import * as historyCarried from './2026-12-06-history-carried';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026-11-27-1-initial-plan-schema': initialPlanSchema,
  '2026-11-27-2-workspace-identity': workspaceIdentity,
  '2026-11-27-3-exchange-packages': exchangePackages,
  '2026-11-27-4-review-drafts': reviewDrafts,
  '2026-11-27-5-package-merge-undo': packageMergeUndo,
  '2026-12-06-1-months-checked': monthsChecked,
  '2026-12-06-2-delivery-ratings': deliveryRatings,
  '2026-12-06-3-committee-pages': committeePages,
  '2026-12-06-4-periods-and-days-checked': periodsAndDaysChecked,
  '2026-12-06-5-plan-baseline': planBaseline,
  '2026-12-06-6-sent-workbooks': sentWorkbooks,
  '2026-12-06-7-import-reports': importReports,
  '2026-12-06-8-returns-signed-with-evidence': returnsSignedWithEvidence,
  '2026-12-06-9-history-carried': historyCarried,
};

// How many parts the codes of each level have in this sheet ("5.1" chapters, "5.1.1" statements, "5.1.1.1"
// actions), learnt from the codes it holds, and which levels carry codes at all.
import { readLeadingCode, usualDepth } from '../codes';
import type { ImportField } from '../headers';
import type { CodeDepths } from '../realign';
import type { PlanSheet } from './sheets';

export const LEVELS = ['chapter', 'statement', 'action'] as const;
export type Level = (typeof LEVELS)[number];

export interface CodeLevels {
  readonly depths: CodeDepths;
  /** Levels whose cells carry codes in this sheet. */
  readonly coded: Readonly<Record<Level, boolean>>;
}

export function learnDepths({ sheet, header, endRow }: PlanSheet, fields: readonly (ImportField | null)[]): CodeLevels {
  const firstDataRow = header.rows[header.rows.length - 1]! + 1;
  const depthsOf = (level: Level) => {
    const column = fields.indexOf(level);
    if (column < 0) return [];
    const found: number[] = [];
    for (let r = firstDataRow; r < endRow; r++) {
      const code = readLeadingCode(sheet.rows[r]?.[column] ?? '');
      if (code && code.rest !== '') found.push(code.depth);
    }
    return found;
  };
  // Each level's usual depth, deeper than the level above it: actions written in the chapter column
  // (5.2.1.2 …) must not make chapters look four parts deep.
  // Codes in a column of their own count for the deepest level (most rows are actions).
  const codeColumnDepths: number[] = [];
  fields.forEach((field, column) => {
    if (field !== 'code') return;
    for (let r = firstDataRow; r < endRow; r++) {
      const code = readLeadingCode(sheet.rows[r]?.[column] ?? '');
      if (code) codeColumnDepths.push(code.depth);
    }
  });
  const action = usualDepth(depthsOf('action')) ?? usualDepth(codeColumnDepths);
  const statement = usualDepth(depthsOf('statement').filter((d) => action === null || d < action));
  const chapter = usualDepth(depthsOf('chapter').filter((d) => (statement ?? action ?? 99) > d && (action === null || d < action)));
  const a = action ?? (statement !== null ? statement + 1 : chapter !== null ? chapter + 2 : 3);
  const s = statement ?? a - 1;
  const c = chapter ?? s - 1;
  return { depths: { chapter: c, statement: s, action: a }, coded: { chapter: chapter !== null, statement: statement !== null, action: action !== null } };
}

// The meaning of each column of a plan sheet: what its header says, unless the analyst chose another in the import
// preview. Columns without a meaning are kept: their cells go to each action's unmapped field.
import type { ImportColumn } from '../../../../shared/domain';
import { AppError } from '../../../../shared/result';
import { FIELD_LABELS, type ImportField } from '../headers';
import { clip, columnLetter, type ColumnMapping, type ReportLog, type UnmappedColumn } from '../report';
import { cleanCell, oneLine } from './clean-cell';
import { note } from './messages';
import type { PlanSheet } from './sheets';

/** A column's meaning chosen by the analyst in the import preview. */
export interface ColumnChoice {
  readonly sheet: string | null;
  /** Column letter ("F"). */
  readonly column: string;
  readonly field: ImportField | null;
}

/** A column of a plan sheet as the preview shows it: its header, the meaning it got, and a few of its cells. */
export type ColumnReading = ImportColumn;

export interface SheetColumns {
  /** The meaning of each column, by index (null: not imported, kept as unmapped). */
  readonly fields: readonly (ImportField | null)[];
  /** The meanings some column has. */
  readonly headerFields: ReadonlySet<ImportField>;
  readonly mapping: ColumnMapping[];
  readonly unmapped: UnmappedColumn[];
  readonly readings: ColumnReading[];
}

/** The analyst's choices for one sheet, by column letter, checked: one column per meaning (codes excepted). */
export function choicesFor(choices: readonly ColumnChoice[], sheet: string | null): Map<string, ImportField | null> {
  const bySheet = new Map<string, ImportField | null>();
  const taken = new Map<ImportField, string>();
  for (const choice of choices) {
    if (choice.sheet !== sheet) continue;
    if (choice.field && choice.field !== 'code') {
      const other = taken.get(choice.field);
      if (other !== undefined && other !== choice.column) {
        throw new AppError('invalid_input', `Columns ${other} and ${choice.column}${sheet ? ` of sheet "${sheet}"` : ''} are both given the meaning ${FIELD_LABELS[choice.field]}; give it to one column and mark the other "not imported".`);
      }
      taken.set(choice.field, choice.column);
    }
    bySheet.set(choice.column, choice.field);
  }
  return bySheet;
}

export function mapColumns({ sheet, header, endRow }: PlanSheet, analystChoices: readonly ColumnChoice[], log: ReportLog): SheetColumns {
  const columns: Omit<SheetColumns, 'fields' | 'headerFields'> = { mapping: [], unmapped: [], readings: [] };
  // A loop, not Math.max(...rows): spreading a sheet's rows overflows the stack past about 100,000 rows.
  let width = header.columns.length;
  for (let r = header.rows[0]!; r < endRow; r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const choices = choicesFor(analystChoices, sheet.name);
  const chosenFields = new Map<ImportField, string>();
  for (const [letter, field] of choices) if (field && field !== 'code') chosenFields.set(field, letter);
  const firstDataRow = header.rows[header.rows.length - 1]! + 1;
  const samplesOf = (c: number) => {
    const samples: string[] = [];
    for (let r = firstDataRow; r < endRow && samples.length < 3; r++) {
      const text = oneLine(cleanCell(sheet.rows[r]?.[c] ?? '').text);
      if (text !== '' && !samples.includes(clip(text, 50))) samples.push(clip(text, 50));
    }
    return samples;
  };
  const fields: (ImportField | null)[] = [];
  for (let c = 0; c < width; c++) {
    const column = header.columns[c];
    const letter = columnLetter(c);
    const headerText = oneLine(column?.header ?? '');
    const detected = column?.field ?? null;
    const chosen = choices.has(letter);
    // A meaning the analyst gave to another column is taken from this one.
    const displacedBy = !chosen && detected && detected !== 'code' ? chosenFields.get(detected) : undefined;
    const field = chosen ? (choices.get(letter) ?? null) : displacedBy ? null : detected;
    fields.push(field);
    const hasData = field !== null || headerText !== '' || sheet.rows.slice(firstDataRow, endRow).some((r) => (r[c] ?? '').trim() !== '');
    if (hasData) columns.readings.push({ sheet: sheet.name, column: letter, header: headerText, field, detected, samples: samplesOf(c) });
    if (chosen && field !== detected) {
      note(log, {
        sheet: sheet.name,
        row: header.rows[0]! + 1,
        column: letter,
        severity: 'info',
        topic: 'layout',
        message: `column ${letter} ("${headerText}") ${field ? `read as ${FIELD_LABELS[field]}` : 'not imported'}, as chosen in the import preview${detected ? ` (its header says ${FIELD_LABELS[detected]})` : ''}`,
        read: headerText,
        stored: field ? FIELD_LABELS[field] : 'unmapped',
      });
    }
    if (field) {
      columns.mapping.push({ sheet: sheet.name, column: letter, header: headerText, field });
      continue;
    }
    if (!hasData) continue;
    const keptAs = headerText !== '' ? headerText : `Column ${letter}`;
    columns.unmapped.push({ sheet: sheet.name, column: letter, header: headerText, keptAs });
    if (chosen) continue;
    const why = displacedBy
      ? `would be ${FIELD_LABELS[detected!]}, a meaning given to column ${displacedBy} in the import preview`
      : column?.duplicateOf !== null && column?.duplicateOf !== undefined
        ? `means ${FIELD_LABELS[header.columns[column.duplicateOf]!.field!]} like column ${columnLetter(column.duplicateOf)}`
        : headerText === ''
          ? 'has no header'
          : 'is not a column the importer knows';
    note(log, { sheet: sheet.name, row: header.rows[0]! + 1, column: letter, severity: 'doubt', topic: 'layout', message: `column ${letter} ("${headerText}") ${why}; its cells are kept in each action's unmapped field as "${keptAs}"`, read: headerText });
  }
  return { ...columns, fields, headerFields: new Set(fields.filter((f): f is ImportField => f !== null)) };
}

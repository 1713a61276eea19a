// Every hostile case, by the kind of input it attacks. A new format joins with a file of its own here.
import type { HostileCase } from '../bench';
import { AGENCY_CELL_CASES } from './agency-cells';
import { CELL_CAP_CASES } from './cell-caps';
import { MALFORMED_XML_CASES } from './malformed-xml';
import { MONTH_VALUE_CASES } from './month-values';
import { PACKAGE_CASES } from './packages';
import { PLAN_FILE_CASES } from './plan-files';
import { RETURNED_WORKBOOK_CASES } from './returned-workbooks';
import { UNMAPPED_CELL_CASES } from './unmapped-cells';
import { WIDE_FILE_CASES } from './wide-files';
import { ZIP_ARCHIVE_CASES } from './zip-archives';

export const HOSTILE_CASES: readonly HostileCase[] = [
  ...WIDE_FILE_CASES,
  ...RETURNED_WORKBOOK_CASES,
  ...ZIP_ARCHIVE_CASES,
  ...PLAN_FILE_CASES,
  ...PACKAGE_CASES,
  ...MONTH_VALUE_CASES,
  ...UNMAPPED_CELL_CASES,
  ...MALFORMED_XML_CASES,
  ...AGENCY_CELL_CASES,
  ...CELL_CAP_CASES,
];

// The four kinds of placed items a package can move or remove (chapters, statements, actions, indicators): their
// table, how the review names them and their parent, and the group their changes join.
import type { PlanFileAction, PlanFileChapter, PlanFileIndicator, PlanFileStatement } from '../../planfile/format';
import type { Flat, Placed } from './flatten';
import type { PlacedTable } from './planned-change';
import type { MutableGroup, PackReview } from './review';

export interface PlacedKind<T> {
  readonly table: PlacedTable;
  readonly entity: 'chapter' | 'statement' | 'action' | 'indicator';
  items(flat: Flat): ReadonlyMap<string, Placed<T>>;
  code(item: T): string;
  title(item: T): string;
  /** How a move names the item, and the one before it. */
  placeCode(item: T): string;
  /** "in 5.1 Digital by Default, ": the parent, where a move names it. */
  parentWords(flat: Flat, parentId: string): string;
  /** The group a change of the item joins (an indicator's: its action's, in the plan the item was placed from). */
  group(review: PackReview, id: string, placed: Placed<T>): MutableGroup;
}

type PlanItem = PlanFileChapter | PlanFileStatement | PlanFileAction | PlanFileIndicator;

/** Each kind reads only its own items: the table holds them under one type. */
function kind<T extends PlanItem>(k: PlacedKind<T>): PlacedKind<PlanItem> {
  return k as unknown as PlacedKind<PlanItem>;
}

const CHAPTERS = kind<PlanFileChapter>({
  table: 'chapters',
  entity: 'chapter',
  items: (flat) => flat.chapters,
  code: (c) => c.code,
  title: (c) => c.title,
  placeCode: (c) => c.code || c.title,
  parentWords: () => '',
  group: (review, id, { item }) => review.groupOf(id, 'chapter', item.code, item.title),
});

const STATEMENTS = kind<PlanFileStatement>({
  table: 'policy_statements',
  entity: 'statement',
  items: (flat) => flat.statements,
  code: (s) => s.code,
  title: (s) => s.text,
  placeCode: (s) => s.code,
  parentWords: (flat, chapterId) => {
    const chapter = flat.chapters.get(chapterId)?.item;
    return chapter ? `in ${`${chapter.code} ${chapter.title}`.trim()}, ` : '';
  },
  group: (review, id, { item }) => review.groupOf(id, 'statement', item.code, item.text),
});

const ACTIONS = kind<PlanFileAction>({
  table: 'actions',
  entity: 'action',
  items: (flat) => flat.actions,
  code: (a) => a.code,
  title: (a) => a.title,
  placeCode: (a) => a.code,
  parentWords: (flat, statementId) => {
    const statement = flat.statements.get(statementId)?.item;
    return statement ? `in ${statement.code || statement.text.slice(0, 60)}, ` : '';
  },
  group: (review, id) => review.actionGroup(id),
});

const INDICATORS = kind<PlanFileIndicator>({
  table: 'indicators',
  entity: 'indicator',
  items: (flat) => flat.indicators,
  code: (i) => i.name,
  title: () => '',
  placeCode: (i) => i.name,
  parentWords: () => '',
  group: (review, _id, { parentId }) => review.actionGroup(parentId),
});

/** Parents first. */
export const PLACED_KINDS: readonly PlacedKind<PlanItem>[] = [CHAPTERS, STATEMENTS, ACTIONS, INDICATORS];

// actions:listPacked's answer: a plan's grid rows (ActionGridRow) in a smaller form for the Actions view, which asks
// for every action of the plan at once. 10,000 actions are about 10 MB as objects (each field's name repeated per
// row, each chapter's and statement's text repeated per action) and half that packed, which halves the time to
// write, carry and read it. The chapters and statements, and the agency ids, are sent once; each row is an array
// in the order of PackedActionRow. unpackActionList gives back exactly the rows packActionList was given.
import type { ActionGridRow, Id, Precision } from './domain';
import type { FundStatus, ImplementationStatus } from './vocab/status';

/** A statement with its chapter, as every action under it shows them. */
export type PackedPlace = Pick<ActionGridRow, 'chapterId' | 'chapterCode' | 'chapterTitle' | 'statementId' | 'statementCode' | 'statementText'> & {
  /** The chapter's and the statement's positions. */
  readonly order: readonly [number, number];
};

/** An indicator as [id, name, baseline, target]. */
export type PackedIndicator = readonly [id: Id, name: string, baseline: string, target: string];

/** A grid row's indicator from its packed form (as actions:listPacked sends it, and as the listing query writes it). */
export function indicatorOf([id, name, baseline, target]: PackedIndicator): ActionGridRow['indicators'][number] {
  return { id, name, baseline, target };
}

/** One action; places and agencies are indexes into the list's `places` and `agencyIds`. */
export type PackedActionRow = readonly [
  id: Id,
  place: number,
  position: number,
  code: string,
  title: string,
  indicators: readonly PackedIndicator[],
  start: string | null,
  startPrecision: Precision,
  end: string | null,
  endPrecision: Precision,
  endOpen: boolean,
  revisedEnd: string | null,
  leadText: string,
  leadAgencies: readonly number[],
  collaboratorsText: string,
  collaboratorAgencies: readonly number[],
  fundStatus: FundStatus | null,
  fundNote: string,
  status: ImplementationStatus | null,
  statusText: string,
  remarks: string,
  overdue: boolean,
  updatedAt: string,
  updatedBy: string | null,
];

export interface PackedActionList {
  readonly places: readonly PackedPlace[];
  readonly agencyIds: readonly Id[];
  readonly rows: readonly PackedActionRow[];
}

export function packActionList(actions: readonly ActionGridRow[]): PackedActionList {
  const places: PackedPlace[] = [];
  const placeIndex = new Map<Id, number>();
  const agencyIds: Id[] = [];
  const agencyIndex = new Map<Id, number>();
  const agenciesOf = (ids: readonly Id[]) =>
    ids.map((agencyId) => {
      let index = agencyIndex.get(agencyId);
      if (index === undefined) {
        index = agencyIds.push(agencyId) - 1;
        agencyIndex.set(agencyId, index);
      }
      return index;
    });
  const rows = actions.map((a): PackedActionRow => {
    let place = placeIndex.get(a.statementId);
    if (place === undefined) {
      place = places.push({
        chapterId: a.chapterId,
        chapterCode: a.chapterCode,
        chapterTitle: a.chapterTitle,
        statementId: a.statementId,
        statementCode: a.statementCode,
        statementText: a.statementText,
        order: [a.order[0], a.order[1]],
      }) - 1;
      placeIndex.set(a.statementId, place);
    }
    return [
      a.id,
      place,
      a.order[2],
      a.code,
      a.title,
      a.indicators.map((i): PackedIndicator => [i.id, i.name, i.baseline, i.target]),
      a.start,
      a.startPrecision,
      a.end,
      a.endPrecision,
      a.endOpen,
      a.revisedEnd,
      a.leadText,
      agenciesOf(a.leadAgencyIds),
      a.collaboratorsText,
      agenciesOf(a.collaboratorAgencyIds),
      a.fundStatus,
      a.fundNote,
      a.status,
      a.statusText,
      a.remarks,
      a.overdue,
      a.updatedAt,
      a.updatedBy,
    ];
  });
  return { places, agencyIds, rows };
}

export function unpackActionList(list: PackedActionList): ActionGridRow[] {
  const agencyIdsOf = (indexes: readonly number[]) => indexes.map((index) => agencyIdAt(list, index));
  return list.rows.map((row) => {
    const [
      id,
      placeIndex,
      position,
      code,
      title,
      indicators,
      start,
      startPrecision,
      end,
      endPrecision,
      endOpen,
      revisedEnd,
      leadText,
      leadAgencies,
      collaboratorsText,
      collaboratorAgencies,
      fundStatus,
      fundNote,
      status,
      statusText,
      remarks,
      overdue,
      updatedAt,
      updatedBy,
    ] = row;
    const place = list.places[placeIndex];
    if (!place) throw new Error(`Action ${id} names place ${placeIndex}, which the list does not hold`);
    return {
      id,
      chapterId: place.chapterId,
      chapterCode: place.chapterCode,
      chapterTitle: place.chapterTitle,
      statementId: place.statementId,
      statementCode: place.statementCode,
      statementText: place.statementText,
      order: [place.order[0], place.order[1], position] as const,
      code,
      title,
      indicators: indicators.map(indicatorOf),
      start,
      startPrecision,
      end,
      endPrecision,
      endOpen,
      revisedEnd,
      leadText,
      leadAgencyIds: agencyIdsOf(leadAgencies),
      collaboratorsText,
      collaboratorAgencyIds: agencyIdsOf(collaboratorAgencies),
      fundStatus,
      fundNote,
      status,
      statusText,
      remarks,
      overdue,
      updatedAt,
      updatedBy,
    };
  });
}

function agencyIdAt(list: PackedActionList, index: number): Id {
  const agencyId = list.agencyIds[index];
  if (agencyId === undefined) throw new Error(`The list names agency ${index}, which it does not hold`);
  return agencyId;
}

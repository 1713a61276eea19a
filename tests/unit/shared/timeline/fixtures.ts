// Timeline actions for the layout tests: a small plan with every kind of timeline a real plan has.
import type { TimelineAction } from '../../../../shared/timeline/layout';

let counter = 0;

export function action(overrides: Partial<TimelineAction> & Pick<TimelineAction, 'code'>): TimelineAction {
  counter += 1;
  const [c = '5', s = '1', a = '1'] = overrides.code.split('.').slice(1);
  return {
    id: `a-${overrides.code}-${counter}`,
    title: `Action ${overrides.code}`,
    chapterId: `c${c}`,
    chapterCode: `5.${c}`,
    chapterTitle: `Chapter 5.${c}`,
    statementId: `s${c}.${s}`,
    statementCode: `5.${c}.${s}`,
    statementText: `Statement 5.${c}.${s}`,
    order: [Number(c), Number(s), Number(a)],
    start: '2019-01',
    startPrecision: 'month',
    end: '2020-12',
    endPrecision: 'month',
    endOpen: false,
    revisedEnd: null,
    status: 'ongoing',
    statusText: 'Ongoing',
    overdue: false,
    leadText: 'MoIC',
    leadAgencyIds: ['moic'],
    ...overrides,
  };
}

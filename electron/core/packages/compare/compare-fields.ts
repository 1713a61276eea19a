// One item held on both sides, field by field (field-rules.ts): each field that differs is weighed and proposed.
// An action's agency links count with its text: the same words linked to other agencies differ too.
import type { ReviewEntity } from '../../../../shared/domain';
import type { EditableTable } from '../../history/tracked-update';
import type { AgencyRefs } from './agency-refs';
import type { FieldRule } from './field-rules';
import type { MutableGroup, PackReview } from './review';

export interface ComparedItem<T> {
  readonly entity: ReviewEntity;
  readonly table: EditableTable;
  readonly id: string;
  readonly mine: T;
  readonly incoming: T;
  readonly group: MutableGroup;
  readonly sequence: number;
  /** How the review names the item where a field is kept as it is here. */
  readonly kept: { readonly code: string; readonly title: string };
  /** Before each field's label ("% of uptime: Baseline"). */
  readonly labelPrefix?: string;
}

export function compareFields<T>(review: PackReview, refs: AgencyRefs, rules: readonly FieldRule<T>[], item: ComparedItem<T>): void {
  const { entity, table, id, mine, incoming, group, sequence, kept, labelPrefix = '' } = item;
  for (const rule of rules) {
    const before = rule.columns(mine);
    const after = rule.columns(incoming);
    let oldWords = rule.words(mine);
    let newWords = rule.words(incoming);
    let links: { role: 'lead' | 'collaborator'; refs: readonly string[] } | undefined;
    const fields = Object.keys(after);
    if (rule.links) {
      const ourIds = refs.resolve(rule.links.refs(mine), `action ${kept.code}`);
      const theirIds = refs.resolve(rule.links.refs(incoming), `action ${kept.code}`);
      fields.push(rule.links.historyField);
      if (JSON.stringify(ourIds) !== JSON.stringify(theirIds)) {
        links = { role: rule.links.role, refs: rule.links.refs(incoming) };
        if (oldWords === newWords) {
          oldWords = `${oldWords} (linked to ${refs.acronyms(ourIds) || 'no agency'})`;
          newWords = `${newWords} (linked to ${refs.acronyms(theirIds) || 'no agency'})`;
        }
      }
    }
    if (!links && JSON.stringify(before) === JSON.stringify(after)) continue;
    review.weigh(
      group,
      { entity, entityId: id, field: rule.field, label: `${labelPrefix}${rule.label}`, oldValue: oldWords || null, newValue: newWords || null, kind: 'field' },
      { write: { kind: 'update', table, id, columns: after, ...(links ? { links } : {}) }, sequence },
      { theirIds: [id], ourIds: [id], fields },
      kept,
    );
  }
}

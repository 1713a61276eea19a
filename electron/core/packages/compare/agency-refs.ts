// The agencies a package names, as this workspace knows them: registry ids where the registry holds the agency,
// the package's own reference (with a warning, once) where it does not.
import type { ReviewProblem } from '../../../../shared/domain';
import { agencyIdOf, type AgencyIndex } from '../../agencies/registry';

export class AgencyRefs {
  private readonly announced = new Set<string>();

  constructor(
    private readonly index: AgencyIndex,
    private readonly problems: ReviewProblem[],
  ) {}

  /** Registry ids of references, or the reference itself for an agency this workspace does not hold (merging adds it). */
  resolve(refs: readonly string[], where: string): string[] {
    const keys: string[] = [];
    for (const ref of refs) {
      const id = agencyIdOf(this.index, ref);
      keys.push(id ?? ref);
      if (!id && !this.announced.has(ref)) {
        this.announced.add(ref);
        this.problems.push({ severity: 'warning', sheet: 'plan.json', row: null, column: null, columnName: null, value: ref, message: `agency "${ref}" of ${where} is not (or not uniquely) in this workspace's registry; merging adds it as the package describes it (unconfirmed when it does not)` });
      }
    }
    return [...new Set(keys)];
  }

  /** "MoIC, DITT": the agencies' acronyms (or names) for the review. */
  acronyms(keys: readonly string[]): string {
    return keys.map((key) => this.index.byId.get(key)?.acronym ?? this.index.byId.get(key)?.name ?? key).join(', ');
  }
}

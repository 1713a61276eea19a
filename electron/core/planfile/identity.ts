// The identity checks of a JSON plan file, made before anything is written: every id names one element of its
// kind, an agency is declared once (or told apart by ids), every reference to an agency names one agency,
// and the agencies' parents exist and never loop. Each refusal names the offending element by its path in the
// file (`plans[0].chapters[2].statements[0].actions[4].id`), so that the person who wrote it can find it.
import { AppError } from '../../../shared/result';
import type { PlanFile } from './format';

type Path = string;

function keyOf(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Refuses a plan file whose elements cannot be told apart or whose agency links cannot be followed. */
export function refuseIdentityProblems(file: PlanFile, fileName: string): void {
  const refuse = (where: Path, what: string): never => {
    throw new AppError('bad_file', `${fileName} is not a usable PlanDesk plan file: at ${where}, ${what}`, { path: where });
  };

  const seen = new Map<string, Path>();
  const unique = (kind: string, id: string | undefined, where: Path) => {
    if (id === undefined) return;
    const first = seen.get(`${kind}\u0000${id}`);
    if (first) refuse(`${where}.id`, `the id "${id}" is also the id of ${first}; every ${kind} needs its own`);
    seen.set(`${kind}\u0000${id}`, where);
  };
  file.plans.forEach((plan, p) => {
    unique('plan', plan.id, `plans[${p}]`);
    plan.chapters.forEach((chapter, c) => {
      const chapterPath = `plans[${p}].chapters[${c}]`;
      unique('chapter', chapter.id, chapterPath);
      chapter.statements.forEach((statement, s) => {
        const statementPath = `${chapterPath}.statements[${s}]`;
        unique('policy statement', statement.id, statementPath);
        statement.actions.forEach((action, a) => {
          const actionPath = `${statementPath}.actions[${a}]`;
          unique('action', action.id, actionPath);
          action.indicators.forEach((indicator, i) => unique('indicator', indicator.id, `${actionPath}.indicators[${i}]`));
        });
      });
    });
  });
  file.agencies.forEach((agency, a) => unique('agency', agency.id, `agencies[${a}]`));

  // What each reference can name among the file's own agencies: its id, or its acronym, name and aliases.
  const byKey = new Map<string, number[]>();
  file.agencies.forEach((agency, a) => {
    for (const key of new Set([agency.acronym, agency.name, ...agency.aliases].filter((k): k is string => !!k).map(keyOf))) {
      byKey.set(key, [...(byKey.get(key) ?? []), a]);
    }
  });
  const byId = new Map(file.agencies.flatMap((agency, a) => (agency.id ? [[agency.id, a] as const] : [])));
  // Two agencies may share an acronym (DOI: the Department of Industries, the Department of Immigration), not a name
  // too: the same agency declared twice would be one agency with the second declaration's details lost, unless ids
  // tell them apart. References to a shared acronym are checked below.
  const declared = new Map<string, number>();
  file.agencies.forEach((agency, a) => {
    const key = `${keyOf(agency.acronym ?? '')}\u0000${keyOf(agency.name)}`;
    const first = declared.get(key);
    if (first !== undefined && (!agency.id || !file.agencies[first]!.id)) {
      refuse(`agencies[${a}]`, `"${agency.acronym ?? agency.name}" (${agency.name}) is declared again (agencies[${first}] declares it too); declare it once, or give each its id`);
    }
    if (first === undefined) declared.set(key, a);
  });
  /** The file's agency a reference names, or null when it names none of them (the registry may know it). */
  const named = (ref: string, where: Path): number | null => {
    const found = byId.get(ref);
    if (found !== undefined) return found;
    const matches = byKey.get(keyOf(ref)) ?? [];
    if (matches.length > 1) refuse(where, `"${ref}" names ${matches.length} agencies of the file (${matches.map((m) => `agencies[${m}]`).join(', ')}); name one by its id`);
    return matches[0] ?? null;
  };
  file.plans.forEach((plan, p) =>
    plan.chapters.forEach((chapter, c) =>
      chapter.statements.forEach((statement, s) =>
        statement.actions.forEach((action, a) => {
          for (const role of ['lead', 'collaborators'] as const) {
            action[role].agencies.forEach((ref, r) => named(ref, `plans[${p}].chapters[${c}].statements[${s}].actions[${a}].${role}.agencies[${r}]`));
          }
        }),
      ),
    ),
  );

  // Parents: within the file they must lead up without a loop; one the file does not hold is looked for in the
  // registry when the file is written (write-plan-file.ts refuses it there when the registry lacks it too).
  const parentOf = file.agencies.map((agency, a) => {
    if (!agency.parent) return null;
    const parent = named(agency.parent, `agencies[${a}].parent`);
    if (parent === a) refuse(`agencies[${a}].parent`, `"${agency.parent}" is the agency itself`);
    return parent;
  });
  parentOf.forEach((_, start) => {
    const chain = [start];
    for (let at = parentOf[start]; at !== null && at !== undefined; at = parentOf[at]) {
      if (at === start) {
        const names = [...chain, start].map((i) => file.agencies[i]!.acronym ?? file.agencies[i]!.name);
        refuse(`agencies[${start}].parent`, `the parents go round in a circle (${names.join(' → ')})`);
      }
      if (chain.includes(at)) break;
      chain.push(at);
    }
  });
}

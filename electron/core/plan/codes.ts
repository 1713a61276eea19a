// Action codes within a statement: "5.1.1.3" is the third action of statement 5.1.1. A new action takes the next free
// number after the statement's highest; renumbering gives the statement's actions 1, 2, 3… in plan order. Plans carry
// irregular codes (gaps, "5.1.1.10" after "5.1.1.3", codes of another statement after a move, none at all): only the
// codes that follow the statement's own code count, and renumbering changes only the codes that differ.

/** The number an action's code gives it within its statement ("5.1.1.10" in 5.1.1 → 10), or null when it is not of it. */
function numberWithin(statementCode: string, actionCode: string): number | null {
  const prefix = `${statementCode}.`;
  if (!actionCode.startsWith(prefix)) return null;
  const rest = actionCode.slice(prefix.length);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}

/** The code a new action of the statement gets: the next number after the highest of its actions ('' when the statement has no code). */
export function nextActionCode(statementCode: string, siblingCodes: readonly string[]): string {
  const code = statementCode.trim();
  if (code === '') return '';
  const highest = Math.max(0, ...siblingCodes.map((sibling) => numberWithin(code, sibling.trim()) ?? 0));
  return `${code}.${highest + 1}`;
}

/** The new codes of a statement's actions (given in plan order) numbered 1, 2, 3…: only those that change. */
export function renumberedCodes<T extends { readonly id: string; readonly code: string }>(
  statementCode: string,
  actionsInOrder: readonly T[],
): { readonly id: string; readonly from: string; readonly to: string }[] {
  const code = statementCode.trim();
  if (code === '') return [];
  return actionsInOrder.map((action, index) => ({ id: action.id, from: action.code, to: `${code}.${index + 1}` })).filter((change) => change.from !== change.to);
}

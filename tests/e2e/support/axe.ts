// The accessibility audit the end-to-end tests run on a screen: WCAG 2.1 A and AA (and axe's best practices: landmarks,
// headings) by axe-core, and placeholders' contrast measured (axe leaves them out). Serious and critical findings fail
// the test; moderate and minor ones are printed for a person to weigh.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Rules left out of the audit, each with the reason it cannot apply to PlanDesk. None so far. */
const RULES_OFF: Record<string, string> = {};

/** Impacts that fail the test; moderate and minor findings are printed for a person to weigh. */
const FAILING = new Set(['serious', 'critical']);

export interface Finding {
  readonly where: string;
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

// Placeholders (WCAG 1.4.3 applies to them) against the field's own background: axe does not measure them.
const PLACEHOLDER_CONTRAST = `(() => {
  const rgba = (text) => (text.match(/[\\d.]+/g) ?? []).map(Number);
  const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const [r, g, b, a = 1] = rgba(getComputedStyle(e).backgroundColor);
      if (a > 0) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const low = [];
  for (const field of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (field.value !== '' || field.getClientRects().length === 0 || field.closest('[inert]')) continue;
    const light = luminance(rgba(getComputedStyle(field, '::placeholder').color));
    const back = luminance(background(field));
    const ratio = (Math.max(light, back) + 0.05) / (Math.min(light, back) + 0.05);
    if (ratio < 4.5) low.push((field.id ? '#' + field.id : field.getAttribute('aria-label') ?? field.placeholder) + ' ' + ratio.toFixed(2) + ':1');
  }
  return low;
})()`;

/** Runs axe on the page as it is, or on the part `selector` names (axe's source evaluated over CDP, which the app's
 *  CSP does not govern). */
export async function audit(page: Page, where: string, selector = 'document'): Promise<Finding[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) {
    await page.evaluate(AXE_SOURCE);
    // AG Grid draws its focus borders and column-resize handles as pseudo-elements over the cells, which leaves axe
    // unable to tell the colour behind the text; PlanDesk's own pseudo-elements are small marks (the tab underline,
    // the selection stripe), never the background of text. So pseudo-elements are ignored when measuring contrast.
    await page.evaluate(`axe.configure({ checks: [{ id: 'color-contrast', options: { ignorePseudo: true } }] })`);
  }
  const rules = Object.fromEntries(Object.keys(RULES_OFF).map((id) => [id, { enabled: false }]));
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules, resultTypes: ['violations'] };
  const context = selector === 'document' ? 'document' : JSON.stringify(selector);
  const violations = (await page.evaluate(`axe.run(${context}, ${JSON.stringify(options)}).then((r) => r.violations)`)) as {
    id: string;
    impact: string;
    help: string;
    nodes: { target: string[] }[];
  }[];
  const findings = violations.map((v) => ({ where, rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  const faint = (await page.evaluate(PLACEHOLDER_CONTRAST)) as string[];
  if (faint.length > 0) findings.push({ where, rule: 'placeholder-contrast', impact: 'serious', help: 'Placeholder text must have a contrast of 4.5:1', targets: faint });
  return findings;
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.where}: ${f.rule} (${f.impact}) ${f.help}\n    ${f.targets.slice(0, 8).join('\n    ')}`).join('\n');
}

/** Fails on serious and critical findings, naming each; prints the others. */
export function expectNoSeriousFindings(findings: readonly Finding[]): void {
  const others = findings.filter((f) => !FAILING.has(f.impact));
  if (others.length > 0) console.warn(`Moderate and minor accessibility findings:\n${describeFindings(others)}`);
  expect(describeFindings(findings.filter((f) => FAILING.has(f.impact)))).toBe('');
}

/** Audits the page as it is and fails on serious and critical findings. */
export async function auditPage(page: Page, where: string): Promise<void> {
  expectNoSeriousFindings(await audit(page, where));
}

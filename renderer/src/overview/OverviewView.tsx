// The main screen: the plan's tree on the left, and on the right the selected action in full,
// or the summary of the selected chapter, statement or whole plan.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { monthOfDate } from '../../../shared/months';
import { api, request } from '../data/api';
import { text } from '../language/language';
import { usePlanQuery } from '../data/usePlanQuery';
import { RatingRulesDialog } from '../ratings/RatingRulesDialog';
import { useRatings } from '../ratings/useRatings';
import { ActionInFull } from './ActionInFull';
import { BaselinePanel } from './BaselinePanel';
import { OutlineTree } from './OutlineTree';
import { Splitter } from '../ui/Splitter';
import { SummaryPane } from './SummaryPane';
import { usePlanStanding } from './usePlanStanding';
import { allActions, allBranchKeys, openingBranchKeys, ancestorsOf, locate, type Selection, type TreeKey } from './plan-tree-model';
import { OverviewPrint } from './OverviewPrint';
import { monthsLate } from './standing-model';
import { planMeta } from './SummaryPane';
import './overview.css';

interface Props {
  readonly planId: string;
  /** Bumped by the app when the workspace changed under the screen: everything reloads. */
  readonly revision: number;
}

const TREE_WIDTH_KEY = 'plandesk.treeWidth';
const MIN_TREE = 300;
const MAX_TREE = 760;

/** The width the user chose by dragging, or null to follow the window (see .tree-pane in overview.css). */
function storedTreeWidth(): number | null {
  const stored = Number(localStorage.getItem(TREE_WIDTH_KEY));
  return Number.isFinite(stored) && stored >= MIN_TREE && stored <= MAX_TREE ? stored : null;
}

export function OverviewView({ planId, revision }: Props) {
  const { data: tree, problem, reload } = usePlanQuery(() => request(api().plans.tree({ planId })), [planId, revision]);
  // The branches the reader opened; null until they open or close one: the plan opens fully expanded (the view
  // starts afresh for another plan), and a reload of the same plan keeps the reader's place.
  const [expandedChoice, setExpanded] = useState<ReadonlySet<TreeKey> | null>(null);
  const openingKeys = useMemo(() => (tree ? openingBranchKeys(tree) : new Set<TreeKey>()), [tree]);
  const expanded = expandedChoice ?? openingKeys;
  const [selection, setSelection] = useState<Selection>({ kind: 'plan' });
  const [treeWidth, setTreeWidth] = useState(storedTreeWidth);
  const treePane = useRef<HTMLElement>(null);
  const detailPane = useRef<HTMLElement>(null);
  const selectedId = selection.kind === 'node' ? selection.key : 'plan';
  const ratings = useRatings(planId, revision);
  const { standing } = usePlanStanding(planId, revision, ratings.plan);
  const [printing, setPrinting] = useState<{ readonly openDialog: boolean } | null>(null);
  const stopPrinting = useCallback(() => setPrinting(null), []);

  // File > Print… (Ctrl+P) while the Overview shows prints its pages, not the screen (as the Timeline does).
  const printable = useRef(false);
  const canPrint = standing !== undefined && tree !== undefined && printing === null;
  useEffect(() => {
    printable.current = canPrint;
  }, [canPrint]);
  useEffect(() => {
    const onBeforePrint = () => {
      if (printable.current) flushSync(() => setPrinting({ openDialog: false }));
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  const [rulesOpen, setRulesOpen] = useState(false);
  const openRules = () => setRulesOpen(true);

  // Each selection is read from its top.
  useEffect(() => {
    detailPane.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  if (problem) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">{text()['overview.couldNotOpen']}</p>
        <p>{problem}</p>
      </div>
    );
  }
  if (!tree) return <div className="screen-message muted">{text()['overview.opening']}</div>;

  const selectedKey = selection.kind === 'node' && locate(tree, selection.key) ? selection.key : null;
  const located = selectedKey ? locate(tree, selectedKey) : null;

  const select = (key: TreeKey) => {
    const hidden = ancestorsOf(tree, key).filter((k) => !expanded.has(k));
    if (hidden.length > 0) setExpanded(new Set([...expanded, ...hidden]));
    setSelection({ kind: 'node', key });
  };

  let pane;
  if (located?.action) pane = <ActionInFull actionId={located.action.id} revision={revision} />;
  else if (located?.statement) pane = <SummaryPane subject={{ kind: 'statement', chapter: located.chapter, statement: located.statement }} onSelect={select} ratings={ratings.plan} onOpenRatingRules={openRules} />;
  else if (located) pane = <SummaryPane subject={{ kind: 'chapter', chapter: located.chapter }} onSelect={select} ratings={ratings.plan} onOpenRatingRules={openRules} />;
  else {
    pane = (
      <SummaryPane
        subject={{ kind: 'plan', tree }}
        onSelect={select}
        ratings={ratings.plan}
        onOpenRatingRules={openRules}
        baseline={<BaselinePanel tree={tree} onChanged={() => void reload()} />}
        standing={standing}
        onPrint={standing ? () => setPrinting({ openDialog: true }) : undefined}
      />
    );
  }

  const branches = allBranchKeys(tree);
  return (
    <div className="plan-screen">
      <nav className="tree-pane" ref={treePane} style={treeWidth === null ? undefined : { width: treeWidth }} aria-label={text()['overview.outline']}>
        <div className="tree-pane__toolbar">
          <button
            type="button"
            className={selectedKey === null ? 'overview-button overview-button--selected' : 'overview-button'}
            aria-pressed={selectedKey === null}
            onClick={() => setSelection({ kind: 'plan' })}
          >
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <rect x="1.5" y="1.5" width="4.5" height="4.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.3" />
              <rect x="8" y="1.5" width="4.5" height="4.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.3" />
              <rect x="1.5" y="8" width="4.5" height="4.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.3" />
              <rect x="8" y="8" width="4.5" height="4.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.3" />
            </svg>
            {text()['overview.planOverview']}
          </button>
          <span className="tree-pane__tools">
            <button type="button" className="icon-button" onClick={() => setExpanded(branches)} disabled={branches.size === 0} title={text()['overview.expandAll']}>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <path d="M4 5.5 7 2.5l3 3M4 8.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              <span className="visually-hidden">{text()['overview.expandAll']}</span>
            </button>
            <button type="button" className="icon-button" onClick={() => setExpanded(new Set())} disabled={branches.size === 0} title={text()['overview.collapseAll']}>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <path d="M4 2.5 7 5.5l3-3M4 11.5l3-3 3 3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              <span className="visually-hidden">{text()['overview.collapseAll']}</span>
            </button>
          </span>
        </div>
        <div className="tree-pane__scroll">
          <OutlineTree tree={tree} selectedKey={selectedKey} expanded={expanded} onSelect={select} onExpandedChange={setExpanded} />
        </div>
      </nav>
      <Splitter
        width={treeWidth}
        measure={() => treePane.current?.offsetWidth ?? MIN_TREE}
        min={MIN_TREE}
        max={MAX_TREE}
        onChange={(width) => {
          localStorage.setItem(TREE_WIDTH_KEY, String(width));
          setTreeWidth(width);
        }}
      />
      {/* Focusable so that the keyboard can scroll a long action (the summaries hold few controls, an action none). */}
      <section className="detail-pane" aria-label={text()['overview.details']} ref={detailPane} tabIndex={0}>
        {pane}
      </section>
      {rulesOpen && <RatingRulesDialog planId={planId} onClose={() => setRulesOpen(false)} />}
      {printing && standing && (
        <OverviewPrint
          title={tree.plan.title}
          meta={planMeta(tree)}
          byStatus={tree.actionsByStatus}
          ratings={ratings.plan}
          late={monthsLate(allActions(tree), monthOfDate(new Date()))}
          standing={standing}
          openDialog={printing.openDialog}
          onDone={stopPrinting}
        />
      )}
    </div>
  );
}

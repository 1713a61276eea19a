// The filter bar shared by the actions grid, the timeline and the indicators: quick search, chapter, lead agency, status, rating,
// fund, overdue and "active in a period". It only edits a PlanFilter; the views decide what matching means (rowMatcher).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { usePopover } from '../ui/usePopover';
import { formatMonth, monthOf, monthOfDate, parseTimelineDate, type Month } from '../../../shared/months';
import type { DeliveryRating } from '../../../shared/domain';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { FUND_STATUSES } from '../../../shared/vocab/status';
import { RatingShape } from '../ratings/RatingMark';
import { formatNumber, text } from '../language/language';
import { ratingLabel } from '../ratings/rating-view';
import { StatusIcon } from '../ui/Status';
import { fundLabel, STATUS_ORDER, statusLabel } from '../ui/status-view';
import { isFiltering, NO_FILTER, type FundChoice, type PlanFilter, type StatusChoice } from './plan-filter';
import './filter-bar.css';

export interface FilterBarProps {
  readonly filter: PlanFilter;
  readonly onChange: (filter: PlanFilter) => void;
  readonly chapters: readonly { readonly id: string; readonly code: string; readonly title: string }[];
  readonly agencies: readonly { readonly id: string; readonly acronym: string | null; readonly name: string }[];
  /** What the bar filters: the Indicators view keeps the indicators of the actions that pass, and searches their words. */
  readonly subject?: 'actions' | 'indicators';
}

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
  readonly icon?: ReactNode;
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** A button that opens a list of checkboxes; the button says how many are chosen. */
function ChoiceMenu<T extends string>({
  label,
  choices,
  chosen,
  onChange,
  searchable = false,
}: {
  label: string;
  choices: readonly Choice<T>[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  searchable?: boolean;
}) {
  const { open, setOpen, root, button, panelId, close, onKeyDown } = usePopover();
  const [search, setSearch] = useState('');
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length === 0 ? choices : choices.filter((c) => words.every((w) => `${c.label} ${c.hint ?? ''}`.toLowerCase().includes(w)));
  const summary = chosen.length === 0 ? text()['filter.all'] : chosen.length === 1 ? (choices.find((c) => c.value === chosen[0])?.label ?? formatNumber(1)) : formatNumber(chosen.length);

  return (
    <div className="filter-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className={chosen.length > 0 ? 'filter-button filter-button--on' : 'filter-button'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="filter-button__label">{label}:</span>
        <span className="filter-button__value">{summary}</span>
        <svg width="10" height="10" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5 6 7.5l3-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open && (
        <div className="filter-panel" id={panelId} role="group" aria-label={text()['filter.panelLabel'](label)}>
          {searchable && (
            <input
              className="text-input filter-panel__search"
              type="search"
              placeholder={`${text()['filter.find'](label)}…`}
              aria-label={text()['filter.find'](label)}
              value={search}
              autoFocus
              onChange={(event) => setSearch(event.target.value)}
            />
          )}
          <div className="filter-panel__list">
            {shown.map((choice, index) => (
              <label key={choice.value} className="filter-panel__choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(choice.value)}
                  autoFocus={!searchable && index === 0}
                  onChange={() => onChange(toggled(chosen, choice.value))}
                />
                {choice.icon}
                <span className="filter-panel__label">{choice.label}</span>
                {choice.hint && <span className="filter-panel__hint">{choice.hint}</span>}
              </label>
            ))}
            {shown.length === 0 && <p className="filter-panel__empty">{text()['filter.nothingMatches'](search)}</p>}
          </div>
          <div className="filter-panel__foot">
            <button type="button" className="link-button" disabled={chosen.length === 0} onClick={() => onChange([])}>
              {text()['filter.showAll']}
            </button>
            <button type="button" className="button filter-panel__done" onClick={close}>
              {text()['filter.done']}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** Reads one end of a period as typed: a month, or a whole year (January for "from", December for "to"). */
function periodEnd(typed: string, side: 'from' | 'to'): Month | string {
  const date = parseTimelineDate(typed);
  switch (date.kind) {
    case 'month':
      return date.month;
    case 'year':
      return monthOf(date.year, side === 'from' ? 1 : 12);
    case 'span':
      return side === 'from' ? date.first : date.last;
    case 'empty':
      return side === 'from' ? text()['filter.writeFirstMonth'] : text()['filter.writeLastMonth'];
    case 'open':
      return text()['filter.notContinue'];
    case 'invalid':
      return date.reason;
  }
}

/** The fiscal year (July to June) holding a month. */
function fiscalYearAround(month: Month): { from: Month; to: Month; label: string } {
  const year = Number(month.slice(0, 4));
  const startYear = Number(month.slice(5, 7)) >= 7 ? year : year - 1;
  return { from: monthOf(startYear, 7), to: monthOf(startYear + 1, 6), label: `FY ${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}` };
}

function PeriodMenu({ value, onChange }: { value: PlanFilter['activeIn']; onChange: (period: PlanFilter['activeIn']) => void }) {
  const { open, setOpen, root, button, panelId, close, onKeyDown } = usePopover();
  const [from, setFrom] = useState(value ? formatMonth(value.from) : '');
  const [to, setTo] = useState(value ? formatMonth(value.to) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const fromId = useId();
  const toId = useId();
  const apply = (period: PlanFilter['activeIn']) => {
    onChange(period);
    setFrom(period ? formatMonth(period.from) : '');
    setTo(period ? formatMonth(period.to) : '');
    setProblem(null);
    close();
  };
  const applyTyped = () => {
    const start = periodEnd(from, 'from');
    const end = periodEnd(to.trim() === '' ? from : to, 'to');
    if (!/^\d{4}-\d{2}$/.test(start)) return setProblem(`${text()['filter.from']}: ${start}`);
    if (!/^\d{4}-\d{2}$/.test(end)) return setProblem(`${text()['filter.to']}: ${end}`);
    if (end < start) return setProblem(text()['filter.endsBeforeStart']);
    apply({ from: start, to: end });
  };
  const thisFy = fiscalYearAround(monthOfDate(new Date()));
  const nextFy = fiscalYearAround(monthOf(Number(thisFy.to.slice(0, 4)), 7));
  const summary = value ? `${formatMonth(value.from)} – ${formatMonth(value.to)}` : text()['filter.anyTime'];

  return (
    <div
      className="filter-menu"
      ref={root}
      onKeyDown={onKeyDown}
    >
      <button
        ref={button}
        type="button"
        className={value ? 'filter-button filter-button--on' : 'filter-button'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="filter-button__label">{text()['filter.activeIn']}:</span>
        <span className="filter-button__value">{summary}</span>
        <svg width="10" height="10" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5 6 7.5l3-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open && (
        <form
          className="filter-panel filter-panel--period"
          id={panelId}
          aria-label={text()['filter.activeInPeriod']}
          onSubmit={(event) => {
            event.preventDefault();
            applyTyped();
          }}
        >
          <p className="filter-panel__intro">{text()['filter.periodIntro']}</p>
          <div className="filter-panel__quick">
            <button type="button" className="button" onClick={() => apply({ from: thisFy.from, to: thisFy.to })}>
              {text()['filter.thisFiscalYear'](thisFy.label)}
            </button>
            <button type="button" className="button" onClick={() => apply({ from: nextFy.from, to: nextFy.to })}>
              {text()['filter.nextFiscalYear'](nextFy.label)}
            </button>
          </div>
          <div className="filter-panel__months">
            <div>
              <label className="field-label" htmlFor={fromId}>
                {text()['filter.from']}
              </label>
              <input id={fromId} className="text-input" placeholder="Jul 2025" value={from} autoFocus onChange={(event) => setFrom(event.target.value)} />
            </div>
            <div>
              <label className="field-label" htmlFor={toId}>
                {text()['filter.to']}
              </label>
              <input id={toId} className="text-input" placeholder="Jun 2026" value={to} onChange={(event) => setTo(event.target.value)} />
            </div>
          </div>
          <p className="filter-panel__hint-line">{text()['filter.periodHint']}</p>
          {problem && (
            <p className="filter-panel__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="filter-panel__foot">
            <button type="button" className="link-button" disabled={!value} onClick={() => apply(null)}>
              {text()['filter.anyTime']}
            </button>
            <button type="submit" className="button button--primary">
              {text()['filter.apply']}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

const statusChoices = (): readonly Choice<StatusChoice>[] =>
  STATUS_ORDER.map((status) => ({
  value: status,
  label: statusLabel(status),
  icon: (
    <span className={`status--${status} filter-panel__status`}>
      <StatusIcon status={status} />
    </span>
  ),
}));

const ratingChoices = (): readonly Choice<DeliveryRating>[] =>
  DELIVERY_RATINGS.map((rating) => ({
  value: rating,
  label: ratingLabel(rating),
  icon: (
    <span className={`rating--${rating} filter-panel__status`}>
      <RatingShape rating={rating} />
    </span>
  ),
}));

const fundChoices = (): readonly Choice<FundChoice>[] => [...FUND_STATUSES.map((fund) => ({ value: fund, label: fundLabel(fund) })), { value: 'unknown' as const, label: text()['fund.unknown'] }];

export function FilterBar({ filter, onChange, chapters, agencies, subject = 'actions' }: FilterBarProps) {
  const search = useRef<HTMLInputElement>(null);
  const set = (part: Partial<PlanFilter>) => onChange({ ...filter, ...part });

  // Ctrl+F goes to the quick search, as in a spreadsheet.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const chapterChoices = chapters.map((c) => ({ value: c.id, label: [c.code, c.title].filter(Boolean).join(' ') }));
  const agencyChoices = agencies.map((a) => ({ value: a.id, label: a.acronym ?? a.name, hint: a.acronym ? a.name : undefined }));

  return (
    <div className="filter-bar" role="search" aria-label={text()[`filter.barLabel.${subject}`]}>
      <div className="filter-search">
        <svg className="filter-search__icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <circle cx="6" cy="6" r="4.3" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="m9.3 9.3 3.2 3.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={search}
          className="filter-search__input"
          type="search"
          placeholder={text()['filter.searchPlaceholder']}
          aria-label={text()[`filter.searchLabel.${subject}`]}
          value={filter.text}
          onChange={(event) => set({ text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter.text !== '') {
              event.stopPropagation();
              set({ text: '' });
            }
          }}
        />
      </div>
      <ChoiceMenu label={text()['filter.chapter']} choices={chapterChoices} chosen={filter.chapterIds} onChange={(chapterIds) => set({ chapterIds })} />
      <ChoiceMenu label={text()['filter.lead']} choices={agencyChoices} chosen={filter.leadAgencyIds} onChange={(leadAgencyIds) => set({ leadAgencyIds })} searchable />
      <ChoiceMenu label={text()['filter.status']} choices={statusChoices()} chosen={filter.statuses} onChange={(statuses) => set({ statuses })} />
      <ChoiceMenu label={text()['filter.rating']} choices={ratingChoices()} chosen={filter.ratings} onChange={(ratings) => set({ ratings })} />
      <ChoiceMenu label={text()['filter.fund']} choices={fundChoices()} chosen={filter.funds} onChange={(funds) => set({ funds })} />
      <label className={filter.overdueOnly ? 'filter-toggle filter-toggle--on' : 'filter-toggle'}>
        <input type="checkbox" checked={filter.overdueOnly} onChange={(event) => set({ overdueOnly: event.target.checked })} />
        {text()['filter.overdueOnly']}
      </label>
      <PeriodMenu value={filter.activeIn} onChange={(activeIn) => set({ activeIn })} />
      {isFiltering(filter) && (
        <button type="button" className="link-button filter-bar__clear" onClick={() => onChange(NO_FILTER)}>
          {text()['filter.clear']}
        </button>
      )}
    </div>
  );
}

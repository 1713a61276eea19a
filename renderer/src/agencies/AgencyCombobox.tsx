// Choosing one agency of the registry by typing (ARIA combobox with a list box): typing filters by acronym, name or
// alias; ↓ / ↑ move through the list, Enter takes the highlighted agency, Escape closes the list (a second Escape
// leaves to the dialog). The likely duplicates of the agency being merged come first, each saying why.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { AgencyListRow } from '../../../shared/domain';
import { agencyLabel } from './agency-columns';
import { formatNumber, text } from '../language/language';
import { likelyDuplicates, matchesSearch, type DuplicateReason } from './likely-duplicates';
import './agency-combobox.css';

interface Props {
  readonly label: string;
  /** The agency the others are compared with (the one being merged): never offered itself. */
  readonly compareWith: AgencyListRow;
  readonly agencies: readonly AgencyListRow[];
  readonly chosen: AgencyListRow | null;
  readonly onChoose: (agency: AgencyListRow | null) => void;
}

interface Option {
  readonly agency: AgencyListRow;
  readonly reason: DuplicateReason | null;
}

export function AgencyCombobox({ label, compareWith, agencies, chosen, onChoose }: Props) {
  const ids = useId();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(-1);

  const others = useMemo(() => agencies.filter((a) => a.id !== compareWith.id).sort((a, b) => agencyLabel(a).localeCompare(agencyLabel(b))), [agencies, compareWith]);
  const suggested = useMemo(() => likelyDuplicates(compareWith, others), [compareWith, others]);
  // What the list shows: the likely duplicates that answer the search, then every other agency that does.
  const options = useMemo<Option[]>(() => {
    const query = chosen && typed === agencyLabel(chosen) ? '' : typed;
    const first = suggested.filter((d) => matchesSearch(d.agency, query)).map((d) => ({ agency: d.agency, reason: d.reason }));
    const taken = new Set(first.map((o) => o.agency.id));
    return [...first, ...others.filter((a) => !taken.has(a.id) && matchesSearch(a, query)).map((agency) => ({ agency, reason: null }))];
  }, [suggested, others, typed, chosen]);
  const firstOther = options.findIndex((o) => o.reason === null);
  const duplicates = firstOther === -1 ? options.length : firstOther;
  const listId = `${ids}-list`;
  const optionId = (index: number) => `${ids}-option-${index}`;

  // The highlighted agency stays in sight as the arrows move through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]); // eslint-disable-line react-hooks/exhaustive-deps

  const choose = (option: Option) => {
    onChoose(option.agency);
    setTyped(agencyLabel(option.agency));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : options.length - 1);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length));
        return;
      }
      case 'Enter': {
        // Enter takes the highlighted agency; with the list closed it is the dialog's (Merge).
        const option = open ? options[active] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        } else if (open) {
          event.preventDefault();
        }
        return;
      }
      case 'Escape':
        if (open) {
          // Closing the list is all this Escape does: the dialog stays.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        return;
      default:
        return;
    }
  };

  const words = text();
  const renderOption = (option: Option, index: number) => (
    <div
      key={option.agency.id}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      className={`agency-combobox__option${index === active ? ' agency-combobox__option--active' : ''}${chosen?.id === option.agency.id ? ' agency-combobox__option--chosen' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(option)}
    >
      <span className="agency-combobox__acronym">{option.agency.acronym ?? option.agency.name}</span>
      {option.agency.acronym && <span className="agency-combobox__name">{option.agency.name}</span>}
      {!option.agency.confirmed && <span className="agency-combobox__tag">{words['agencies.combo.unconfirmed']}</span>}
      {option.reason && <span className="agency-combobox__reason">{words[`agencies.reason.${option.reason}`]}</span>}
    </div>
  );

  return (
    <div className="agency-combobox">
      <label htmlFor={`${ids}-input`} className="field-label">
        {label}
      </label>
      <input
        id={`${ids}-input`}
        type="text"
        className="text-input agency-combobox__input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${ids}-count`}
        placeholder={words['agencies.combo.placeholder']}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
          setActive(event.target.value.trim() === '' ? -1 : 0);
          if (chosen) onChoose(null);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
      />
      <p id={`${ids}-count`} className="agency-combobox__count muted" aria-live="polite">
        {options.length === 0
          ? words['agencies.noneMatches']
          : words['agencies.combo.count'](formatNumber(options.length), options.length, formatNumber(duplicates), duplicates)}
      </p>
      {open && (
        <div id={listId} role="listbox" aria-label={label} className="agency-combobox__list">
          {duplicates > 0 && (
            <div role="group" aria-labelledby={`${ids}-duplicates`}>
              <div id={`${ids}-duplicates`} className="agency-combobox__group">
                {words['agencies.combo.duplicatesOf'](compareWith.acronym ?? compareWith.name)}
              </div>
              {options.slice(0, duplicates).map(renderOption)}
            </div>
          )}
          {duplicates < options.length && (
            <div role="group" aria-labelledby={`${ids}-others`}>
              <div id={`${ids}-others`} className="agency-combobox__group">
                {duplicates > 0 ? words['agencies.combo.others'] : words['agencies.combo.all']}
              </div>
              {options.slice(duplicates).map((option, i) => renderOption(option, duplicates + i))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

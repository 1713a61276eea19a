// One change's values in words, before → after (struck through, then inserted): the History view and the action
// detail panel show changes alike.
import type { ChangeEntry } from '../../../shared/domain';
import { text } from '../language/language';
import { valueWords } from './change-words';
import './change-values.css';

export function ChangeValues({ entry }: { entry: ChangeEntry }) {
  const before = valueWords(entry, entry.oldValue);
  const after = valueWords(entry, entry.newValue);
  if (before === null && after === null) return null;
  const words = text();
  return (
    <span className="change-values">
      {before !== null && (
        <>
          <del className="change-values__before" title={before}>
            <span className="visually-hidden">{words['history.from']}</span>
            {before}
          </del>
          <span className="change-values__arrow" aria-hidden="true">
            →
          </span>
        </>
      )}
      {after !== null ? (
        <ins className="change-values__after" title={after}>
          <span className="visually-hidden">{before !== null ? words['history.to'] : ''}</span>
          {after}
        </ins>
      ) : (
        <span className="change-values__empty">{words['history.blank']}</span>
      )}
    </span>
  );
}

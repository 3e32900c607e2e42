import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleTag, Tag, TagVia } from '../../../shared/model';
import type { TagCompletion } from '../../../shared/tags/tagCompleter';
import { cleanTagLabel, isRightToLeft, labelKey } from '../../../shared/tags/tagLabel';
import { useArchive } from '../../archive/ArchiveContext';
import { planTagging, planUntagging } from '../../archive/tagEdits';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { articleCount } from '../../ui/articleCount';
import { useTagHistory } from './TagHistoryContext';
import { useTagCatalogue } from './useTagCatalogue';

/** The articles the tag input works on: the open article, the selection, or a search's results. */
export interface TagTarget {
  ids: string[];
  /** "this article", "50 selected articles", "all 212 results for “…”". */
  title: string;
}

interface Option {
  id: string;
  completion: TagCompletion | null;
  /** For the free-text option: the label as typed and cleaned. */
  typed: string | null;
}

/**
 * The tag input (`t`): the target's tags as chips, and a box with fuzzy
 * autocomplete over the archive's tags and the Media Topics vocabulary,
 * each shown with its place in the hierarchy. Enter adds the highlighted
 * option, Backspace in the empty box takes off the last tag added, Escape
 * closes. Every change goes through the undo history.
 */
export function TagEditor({ target, onClose }: { target: TagTarget; onClose: () => void }): ReactNode {
  const db = useArchive();
  const history = useTagHistory();
  const { complete } = useTagCatalogue({ live: false });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = target.ids;
  const rows = useArchiveQuery(db, useCallback(() => db.tags.where('articleId').anyOf(ids).toArray(), [db, ids]), 100);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
  }, []);

  // The target's tags, one chip per label, with how many of the articles carry it.
  const chips = useMemo(() => {
    const byKey = new Map<string, { label: string; rows: ArticleTag[]; articles: Set<string>; newest: string }>();
    for (const row of rows ?? []) {
      const key = labelKey(row.label);
      const chip = byKey.get(key) ?? { label: row.label, rows: [], articles: new Set<string>(), newest: '' };
      chip.rows.push(row);
      chip.articles.add(row.articleId);
      if (row.addedAt > chip.newest) chip.newest = row.addedAt;
      byKey.set(key, chip);
    }
    return [...byKey.values()].sort((a, b) => a.newest.localeCompare(b.newest) || a.label.localeCompare(b.label));
  }, [rows]);

  const options = useMemo((): Option[] => {
    const completions = complete(text);
    const check = text.trim() === '' ? null : cleanTagLabel(text);
    const exact = completions.some((c) => labelKey(c.label) === labelKey(text.trim()));
    const free: Option[] = check?.ok && !exact ? [{ id: 'new', completion: null, typed: check.label }] : [];
    const listed = completions.map((completion, i) => ({ id: `c${i}`, completion, typed: null }));
    // A strong match (the typed text starts the label) comes before "new tag"; otherwise the new tag is first.
    const strong = completions[0] && labelKey(completions[0].label).startsWith(labelKey(text.trim()));
    return strong ? [...listed, ...free] : [...free, ...listed];
  }, [text, complete]);
  // The list changes under the highlight as tags load: keep it on a real option.
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const add = async (option: Option): Promise<void> => {
    let tag: Tag;
    let via: TagVia;
    if (option.completion?.kind === 'topic') {
      tag = { label: option.completion.label, kind: 'topic', code: option.completion.code };
      via = 'vocabulary';
    } else {
      const check = cleanTagLabel(option.completion?.label ?? option.typed ?? '');
      if (!check.ok) {
        setProblem(check.error);
        return;
      }
      tag = { label: check.label, kind: 'archivist', code: option.completion?.code ?? null };
      via = 'typed';
    }
    setText('');
    setProblem(null);
    await history.run(`Tagged ${ids.length === 1 ? 'the article' : articleCount(ids.length)} “${tag.label}”`, () => planTagging(db, ids, tag, via));
  };

  const removeChip = (label: string): Promise<unknown> => history.run(`Took “${label}” off ${ids.length === 1 ? 'the article' : articleCount(ids.length)}`, () => planUntagging(db, ids, label));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length > 0) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Enter' || (event.key === 'Tab' && text.trim() !== '')) {
      event.preventDefault();
      const option = options[activeIndex];
      if (option) void add(option);
      else if (text.trim() !== '') {
        const check = cleanTagLabel(text);
        setProblem(check.ok ? null : check.error);
      }
    } else if (event.key === 'Backspace' && text === '') {
      const last = chips[chips.length - 1];
      if (last) {
        event.preventDefault();
        void removeChip(last.label);
      }
    }
  };

  const activeOption = options[activeIndex];
  return (
    <dialog
      ref={dialogRef}
      className="tag-editor"
      aria-labelledby={`${listId}-title`}
      // Escape closes it at once (not on the later close event), so the next key already reaches the list.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={onClose}
    >
      <h2 id={`${listId}-title`}>Tags on {target.title}</h2>
      <ul className="chips tag-editor-chips" aria-label="Tags now">
        {chips.length === 0 && <li className="muted">No tags yet.</li>}
        {chips.map((chip) => (
          <li key={chip.label} className={`chip chip-${chip.rows[0]?.entity ?? 'other'}`}>
            <span dir={isRightToLeft(chip.label) ? 'rtl' : undefined}>{chip.label}</span>
            {ids.length > 1 && <span className="chip-count">{chip.articles.size === ids.length ? 'all' : `${chip.articles.size}/${ids.length}`}</span>}
            <button type="button" className="chip-remove" aria-label={`Remove ${chip.label}`} onClick={() => void removeChip(chip.label)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        ref={inputRef}
        className="tag-input"
        role="combobox"
        aria-label="Add a tag"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        aria-autocomplete="list"
        placeholder="Type a tag or a Media Topic…"
        value={text}
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label="Matching tags and topics" className="tag-options">
        {options.map((option, i) => (
          <li
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={i === activeIndex}
            className={`tag-option ${i === activeIndex ? 'is-active' : ''}`}
            onMouseDown={(event) => {
              event.preventDefault();
              void add(option);
            }}
          >
            {option.completion ? (
              <>
                <span className="tag-option-label" dir={isRightToLeft(option.completion.label) ? 'rtl' : undefined}>
                  {option.completion.label}
                </span>
                <span className="tag-option-path">
                  {option.completion.kind === 'topic' ? `Media Topic · ${option.completion.path}` : option.completion.alias ? `tag · also called “${option.completion.alias}”` : 'tag'}
                </span>
                {option.completion.count > 0 && <span className="count">{option.completion.count}</span>}
              </>
            ) : (
              <span className="tag-option-label">
                New tag “<span dir="auto">{option.typed}</span>”
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">
        <kbd>Enter</kbd> adds · <kbd>↑</kbd>/<kbd>↓</kbd> choose · <kbd>Backspace</kbd> in the empty box removes the last tag · <kbd>Esc</kbd> closes
      </p>
    </dialog>
  );
}

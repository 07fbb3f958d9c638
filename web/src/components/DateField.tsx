import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DayPicker } from 'react-day-picker';
import { enUS, es } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import './date-field.css';
import { dayOf, dayText, isoOf, parseDayText } from './date-text.ts';

const FIRST_MONTH = new Date(2000, 0, 1);
const LAST_MONTH = new Date(new Date().getFullYear() + 10, 11, 1);

/**
 * The app's one date input (issue 16): a text box in the active language's format (dd/mm/aaaa, mm/dd/yyyy) beside
 * a calendar (react-day-picker, keyboard-navigable, in that language), instead of `<input type="date">`, which
 * Chromium draws in the browser's locale whatever the page's language. The value given and taken is ISO
 * (yyyy-mm-dd, '' for none): `onChange` hears a day once the text is a whole day or empty; text that is no day
 * says so under the box in words (and keeps a form from being sent). With `name`, a hidden input carries the ISO
 * day in the form's data; without `value`, the field keeps its own (`defaultValue`).
 */
export function DateField({
  label,
  value,
  defaultValue = '',
  onChange,
  name,
  required = false,
  className = '',
}: {
  label: string;
  value?: string;
  defaultValue?: string;
  onChange?: (iso: string) => void;
  name?: string;
  required?: boolean;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [own, setOwn] = useState(defaultValue);
  const iso = value ?? own;
  const [text, setText] = useState(() => dayText(iso, lang));
  // a day set from outside (the URL, a clear button) or a change of language rewrites the text
  const [shown, setShown] = useState({ iso, lang });
  if (shown.iso !== iso || shown.lang !== lang) {
    setShown({ iso, lang });
    setText(dayText(iso, lang));
  }
  const [showError, setShowError] = useState(false);
  const [open, setOpen] = useState(false);

  const typed = parseDayText(text, lang);
  const invalid = typed === undefined;
  const message = t('dateField.invalid', { format: t('dateField.format') });
  const errorId = `${id}-error`;

  const commit = (next: string) => {
    if (next === iso) return;
    setOwn(next);
    onChange?.(next);
  };
  const edit = (next: string) => {
    setText(next);
    const day = parseDayText(next, lang);
    if (day !== undefined) {
      setShowError(false);
      commit(day);
    }
  };
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };
  const leave = (event: FocusEvent) => {
    if (!rootRef.current?.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div ref={rootRef} className={`date-field ${className}`.trim()} onBlur={leave}>
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      <div className="date-field-control">
        <input
          ref={(input) => {
            inputRef.current = input;
            input?.setCustomValidity(invalid ? message : '');
          }}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          required={required}
          placeholder={t('dateField.format')}
          value={text}
          aria-invalid={showError && invalid ? true : undefined}
          aria-describedby={showError && invalid ? errorId : undefined}
          onChange={(e) => edit(e.target.value)}
          onBlur={() => setShowError(invalid)}
          onKeyDown={(e) => e.key === 'Enter' && setShowError(invalid)}
        />
        <button
          ref={buttonRef}
          type="button"
          className="date-field-open"
          aria-label={t('dateField.open', { label })}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
      </div>
      {showError && invalid && (
        <p id={errorId} className="date-field-error" role="alert">
          {message}
        </p>
      )}
      {name && <input type="hidden" name={name} value={iso} />}
      {open && (
        <div
          className="date-field-popover"
          role="dialog"
          aria-label={label}
          tabIndex={-1}
          onKeyDown={(e: KeyboardEvent) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close(true);
          }}
        >
          <DayPicker
            mode="single"
            required
            autoFocus
            locale={lang.startsWith('es') ? es : enUS}
            captionLayout="dropdown"
            startMonth={FIRST_MONTH}
            endMonth={LAST_MONTH}
            selected={dayOf(iso)}
            defaultMonth={dayOf(iso)}
            onSelect={(date: Date) => {
              setShowError(false);
              setText(dayText(isoOf(date), lang));
              commit(isoOf(date));
              setOpen(false);
              inputRef.current?.focus();
            }}
          />
        </div>
      )}
    </div>
  );
}

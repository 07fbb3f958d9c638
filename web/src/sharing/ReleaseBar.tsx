import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReleaseDialog } from './ReleaseDialog.tsx';
import { selection, SELECTION_MAX, useSelection } from './selection.ts';
import './sharing.css';

/** While records are selected: how many, the "Release…" action and a way to clear the selection. */
export function ReleaseBar() {
  const { t } = useTranslation();
  const items = useSelection();
  const [open, setOpen] = useState(false);
  if (items.length === 0 && !open) return null;
  return (
    <>
      {items.length > 0 && (
        <aside className="release-bar" aria-label={t('sharing.bar.label')}>
          <span>{t('sharing.bar.count', { count: items.length })}</span>
          {items.length >= SELECTION_MAX && (
            <span role="status" className="muted">
              {t('sharing.bar.full', { max: SELECTION_MAX })}
            </span>
          )}
          <button type="button" className="primary" onClick={() => setOpen(true)}>
            {t('sharing.bar.release')}
          </button>
          <button type="button" onClick={() => selection.clear()}>
            {t('sharing.bar.clear')}
          </button>
        </aside>
      )}
      {open && <ReleaseDialog onClose={() => setOpen(false)} />}
    </>
  );
}

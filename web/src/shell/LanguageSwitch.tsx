import { useTranslation } from 'react-i18next';
import { applyLocale, rememberLocale, type Locale } from '../i18n/index.ts';
import { useSession } from '../session/SessionContext.tsx';

const LOCALES: { code: Locale; label: string; name: string }[] = [
  { code: 'es', label: 'ES', name: 'Español' },
  { code: 'en', label: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { state, setLocale } = useSession();
  const choose = (locale: Locale) => {
    if (state.status === 'authenticated') void setLocale(locale);
    else {
      rememberLocale(locale);
      void applyLocale(locale);
    }
  };
  return (
    <div className="lang-switch" role="group" aria-label={t('shell.language')}>
      {LOCALES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          aria-pressed={i18n.language === l.code}
          aria-label={`${l.label} – ${l.name}`} // the visible code is part of the name (WCAG 2.5.3)
          onClick={() => choose(l.code)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}

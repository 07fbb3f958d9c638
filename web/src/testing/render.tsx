import { configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import { SessionProvider } from '../session/SessionContext.tsx';

// `findBy…` and `waitFor` wait up to 10 s, not 1 s: on a loaded two-core machine (CI beside other builds) a view
// whose code is loaded lazily (the entity network) was still "loading" after the default second.
configure({ asyncUtilTimeout: 10_000 });

/** Renders a view inside the app's providers, as main.tsx does. */
export function renderWithProviders(ui: ReactElement) {
  return render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider>{ui}</SessionProvider>
    </I18nextProvider>,
  );
}

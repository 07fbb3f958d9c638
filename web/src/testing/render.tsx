import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import { SessionProvider } from '../session/SessionContext.tsx';

/** Renders a view inside the app's providers, as main.tsx does. */
export function renderWithProviders(ui: ReactElement) {
  return render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider>{ui}</SessionProvider>
    </I18nextProvider>,
  );
}

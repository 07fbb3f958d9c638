// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { DateField } from './DateField.tsx';

function Filter({ initial, onChange }: { initial: string; onChange: (iso: string) => void }) {
  const [day, setDay] = useState(initial);
  return (
    <DateField
      label="Desde"
      value={day}
      onChange={(next) => {
        setDay(next);
        onChange(next);
      }}
    />
  );
}

describe('the date field', () => {
  afterEach(async () => {
    cleanup();
    await applyLocale('es');
  });

  it('shows and reads dd/mm/aaaa in Spanish and mm/dd/yyyy in English, keeping ISO for the caller', async () => {
    await applyLocale('es');
    const onChange = vi.fn();
    renderWithProviders(<Filter initial="2026-11-01" onChange={onChange} />);
    const input = screen.getByLabelText<HTMLInputElement>('Desde');
    expect(input.value).toBe('01/11/2026');
    expect(input.placeholder).toBe('dd/mm/aaaa');
    fireEvent.change(input, { target: { value: '24/12/2026' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-12-24');
    await applyLocale('en');
    await waitFor(() => expect(input.value).toBe('12/24/2026'));
    expect(input.placeholder).toBe('mm/dd/yyyy');
    fireEvent.change(input, { target: { value: '1/2/2027' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-01-02');
    expect(input.value).toBe('01/02/2027');
    fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('says in the active language that a text is no date, once the user leaves the box, and sends nothing', async () => {
    await applyLocale('es');
    const onChange = vi.fn();
    renderWithProviders(<Filter initial="" onChange={onChange} />);
    const input = screen.getByLabelText<HTMLInputElement>('Desde');
    fireEvent.change(input, { target: { value: '31/02/2026' } });
    expect(screen.queryByRole('alert')).toBeNull(); // not while typing
    fireEvent.blur(input);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('No es una fecha: escríbala como dd/mm/aaaa o elíjala en el calendario');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(input.validity.valid).toBe(false); // a form holding it is not sent
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '28/02/2026' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.validity.valid).toBe(true);
    expect(onChange).toHaveBeenLastCalledWith('2026-02-28');
  });

  it('picks a day in a calendar in the active language, from the keyboard', async () => {
    await applyLocale('es');
    const onChange = vi.fn();
    renderWithProviders(<Filter initial="2026-11-10" onChange={onChange} />);
    const open = screen.getByRole('button', { name: 'Calendario de «Desde»' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Desde' });
    expect(within(dialog).getByRole('grid', { name: /noviembre 2026/ })).toBeTruthy();
    const selected = within(dialog).getByRole('button', { name: /10 de noviembre de 2026, seleccionado/ });
    await waitFor(() => expect(document.activeElement).toBe(selected));
    fireEvent.keyDown(selected, { key: 'ArrowRight' });
    const next = within(dialog).getByRole('button', { name: /11 de noviembre de 2026/ });
    await waitFor(() => expect(document.activeElement).toBe(next));
    fireEvent.click(next);
    expect(onChange).toHaveBeenLastCalledWith('2026-11-11');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Desde').value).toBe('11/11/2026');
    fireEvent.click(open);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('carries the ISO day in a form’s data under its name', async () => {
    await applyLocale('en');
    renderWithProviders(
      <form aria-label="audit">
        <DateField label="To" name="to" defaultValue="" />
      </form>,
    );
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '12/01/2026' } });
    const data = new FormData(screen.getByRole<HTMLFormElement>('form', { name: 'audit' }));
    expect(data.get('to')).toBe('2026-12-01');
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChipPicker, optionText } from '../../renderer/src/ui/ChipPicker';

afterEach(cleanup);

const options = [
  { value: 'ar', label: 'arabisk', detail: 'العربية', detailLang: 'ar' },
  { value: 'ti', label: 'tigrinja', detail: 'ትግርኛ', detailLang: 'ti' },
];

function renderPicker(value: string[], onChange = vi.fn()) {
  render(
    <ChipPicker
      id="p"
      value={value}
      options={options}
      onChange={onChange}
      addLabel="Legg til språk"
      emptyText="Ingen språk valgt"
      removeLabel={(option) => `Fjern ${option.label}`}
    />,
  );
  return onChange;
}

describe('ChipPicker', () => {
  it('adds the chosen item at the end', () => {
    const onChange = renderPicker(['ar']);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'ti' } });
    expect(onChange).toHaveBeenCalledWith(['ar', 'ti']);
  });

  it('removes an item with its labelled button', () => {
    const onChange = renderPicker(['ar', 'ti']);
    fireEvent.click(screen.getByRole('button', { name: 'Fjern arabisk' }));
    expect(onChange).toHaveBeenCalledWith(['ti']);
  });

  it('offers only items not chosen yet and says when none is chosen', () => {
    renderPicker([]);
    expect(screen.getByText('Ingen språk valgt')).toBeTruthy();
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });

  it('isolates right-to-left text in option labels', () => {
    expect(optionText(options[0]!)).toBe('\u2068arabisk\u2069 (\u2068العربية\u2069)');
  });
});

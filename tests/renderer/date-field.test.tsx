// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { DateField } from '../../renderer/src/ui/DateField';

beforeAll(() => {
  initI18n('nb');
});
afterEach(cleanup);

describe('DateField', () => {
  it('shows a stored ISO date in Norwegian form with its ISO week', () => {
    render(<DateField id="d" value="2026-08-17" onChange={() => undefined} />);
    expect(screen.getByRole('textbox')).toHaveProperty('value', '17.08.2026');
    expect(screen.getByText('uke 34')).toBeTruthy();
  });

  it('sends ISO as soon as the typed text is a real date', () => {
    const onChange = vi.fn();
    render(<DateField id="d" value="" onChange={onChange} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '4.1.2027' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-01-04');
    expect(screen.getByText('uke 1')).toBeTruthy();
  });

  it('passes unreadable text on at blur so validation can flag it, and nothing while typing', () => {
    const onChange = vi.fn();
    render(<DateField id="d" value="" onChange={onChange} />);
    const input = screen.getByRole('textbox');
    fireEvent.change(input, { target: { value: '31.02' } });
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      fireEvent.blur(input);
    });
    expect(onChange).toHaveBeenCalledWith('31.02');
  });
});

// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportProgress, PickedFile } from '../../shared/api/client';
import type { Material, MaterialImportOutcome } from '../../shared/domain/materials';
import type { Result } from '../../shared/result';
import { initI18n } from '../../renderer/src/i18n/i18n';

const pending: { name: string; progress?: ImportProgress; finish: (result: Result<MaterialImportOutcome>) => void }[] = [];

vi.mock('../../renderer/src/api/transport', () => ({
  transport: {
    importMaterial: (file: PickedFile, _metadata: unknown, progress?: ImportProgress) =>
      new Promise<Result<MaterialImportOutcome>>((resolve) => {
        pending.push({ name: file.name, ...(progress ? { progress } : {}), finish: resolve });
      }),
  },
}));

const { MaterialImportArea } = await import('../../renderer/src/features/materials/MaterialImportArea');
const { ImportProgressList } = await import('../../renderer/src/features/materials/ImportProgressList');
const { materialImports } = await import('../../renderer/src/features/materials/use-material-imports');

beforeAll(() => {
  initI18n('nb');
});
afterEach(() => {
  cleanup();
  materialImports.cancel();
  materialImports.clearFinished();
});

const existing = { id: 'm1', caption: 'Verktøytavla', originalName: 'IMG_1.jpg' } as Material;

function renderArea() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <MaterialImportArea defaults={{ participantId: null }}>
          <ImportProgressList />
          <p>galleri</p>
        </MaterialImportArea>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const png = (name: string) => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/png' });

describe('material import progress list', () => {
  it('takes dropped files and shows each line: sending with percent, waiting, duplicate with a link, refused with the reason', async () => {
    renderArea();
    const files = [png('a.png'), png('b.png'), png('c.svg')];
    fireEvent.drop(screen.getByText('galleri'), { dataTransfer: { types: ['Files'], files } });

    const list = screen.getByRole('region', { name: 'Filer som legges til' });
    const lines = () => within(list).getAllByRole('listitem').map((line) => line.textContent);
    expect(lines()).toEqual(['a.pngSender … 0 %', 'b.pngSender … 0 %', 'c.svgVenter']);

    act(() => pending[0]!.progress?.(1, 2));
    expect(within(list).getByRole('progressbar', { name: 'Sender a.png' }).getAttribute('value')).toBe('50');

    await act(async () => {
      pending[0]!.finish({ ok: true, value: { material: existing, duplicate: true } });
      pending[1]!.finish({ ok: false, error: { code: 'file_rejected', params: { reason: 'corrupt' } } });
    });
    await act(async () => {
      pending[2]!.finish({ ok: false, error: { code: 'file_rejected', params: { reason: 'unsupportedType' } } });
    });
    expect(lines()).toEqual([
      'a.png≡ Finnes fra før · Verktøytavla',
      'b.png✕ Ikke lagt til: filen er skadet eller ufullstendig.',
      'c.svg✕ Ikke lagt til: denne filtypen kan ikke brukes. Bruk bilde, lyd, video, PDF eller et kontordokument.',
    ]);
    expect(within(list).getByRole('link', { name: 'Verktøytavla' }).getAttribute('href')).toBe('/materials/m1');
    expect(within(list).getByRole('status').textContent).toBe('3 av 3 ferdig');
  });

  it('cancels the rest of the queue from the list', () => {
    renderArea();
    pending.length = 0;
    fireEvent.drop(screen.getByText('galleri'), { dataTransfer: { types: ['Files'], files: [png('1.png'), png('2.png'), png('3.png')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt resten' }));
    const list = screen.getByRole('region', { name: 'Filer som legges til' });
    expect(within(list).getAllByRole('listitem').map((line) => line.textContent)).toEqual([
      '1.pngSender … 0 %',
      '2.pngSender … 0 %',
      '3.pngAvbrutt',
    ]);
    expect(pending.map((call) => call.name)).toEqual(['1.png', '2.png']);
    expect(screen.queryByRole('button', { name: 'Avbryt resten' })).toBeNull();
  });
});

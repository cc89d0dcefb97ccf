import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MaterialThumb } from './MaterialThumb';
import { useElementWidth } from './use-element-width';
import { materialPageSize, useMaterialWindow, type MaterialFilters } from './use-material-pages';

const minItemWidth = 176;
const gap = 16;
const rowHeight = 276;

/**
 * All matching material as a grid of thumbnails. Only the rows on screen exist in the page
 * (5,000 items scroll like 50), and the pages of 200 that cover them are fetched by offset.
 * Items are links: Tab and Enter work, and the arrow keys move through the grid.
 */
export function MaterialGallery({ filters, empty, label }: { filters: MaterialFilters; empty: ReactNode; label: string }) {
  const { t } = useTranslation();
  // The first page answers the total; the same query serves the window below.
  const firstPage = useApiQuery('materials.list', { ...filters, offset: 0, limit: materialPageSize });
  const total = firstPage.data?.total ?? 0;
  const listRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(listRef);
  const columns = Math.max(1, Math.floor((width + gap) / (minItemWidth + gap)));
  const itemWidth = Math.max(minItemWidth, (width - gap * (columns - 1)) / columns);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the grid starts on the page moves when the import list or the filters above it grow.
  useLayoutEffect(() => {
    const measure = () => {
      if (listRef.current) setScrollMargin(Math.round(listRef.current.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: Math.ceil(total / columns),
    estimateSize: () => rowHeight + gap,
    overscan: 3,
    scrollMargin,
  });
  const rows = virtualizer.getVirtualItems();
  // The items on screen decide which pages to fetch.
  const visiblePages = useMaterialWindow(filters, (rows[0]?.index ?? 0) * columns, ((rows.at(-1)?.index ?? 0) + 1) * columns - 1);

  // Keys pressed faster than rows render move on from the item being focused, not the old one.
  const pendingFocus = useRef<number | null>(null);
  const focusIndex = (index: number) => {
    if (index < 0 || index >= total) return;
    pendingFocus.current = index;
    virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' });
    // The row may only exist after the scroll has re-rendered the window: try for a few frames.
    let tries = 10;
    const attempt = () => {
      const target = listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
      if (target) target.focus();
      else if (--tries > 0) return void requestAnimationFrame(attempt);
      if (pendingFocus.current === index) pendingFocus.current = null;
    };
    attempt();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const focused = Number((event.target as HTMLElement).dataset.index);
    if (Number.isNaN(focused)) return;
    const index = pendingFocus.current ?? focused;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step: Record<string, number> = {
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      Home: -index,
      End: total - 1 - index,
    };
    const move = step[event.key];
    if (move === undefined) return;
    event.preventDefault();
    focusIndex(index + move);
  };

  if (firstPage.isError || visiblePages.error) return <ErrorMessage error={firstPage.error ?? visiblePages.error} />;
  return (
    <>
      <p className="muted" role="status">
        {firstPage.data ? t('materials.gallery.count', { count: total }) : t('app.loading')}
      </p>
      {firstPage.data && total === 0 ? empty : null}
      <div
        ref={listRef}
        role="list"
        aria-label={label}
        className="material-gallery"
        style={{ blockSize: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {rows.flatMap((row) =>
          Array.from({ length: columns }, (_, column) => {
            const index = row.index * columns + column;
            if (index >= total) return null;
            const material = visiblePages.itemAt(index);
            const style = {
              insetBlockStart: row.start - virtualizer.options.scrollMargin,
              insetInlineStart: column * (itemWidth + gap),
              inlineSize: itemWidth,
              blockSize: rowHeight,
            };
            if (!material) {
              return <div key={`slot-${index}`} className="material-gallery__item material-gallery__item--loading" style={style} aria-hidden="true" />;
            }
            return (
              <div key={material.id} role="listitem" className="material-gallery__item" style={style} aria-posinset={index + 1} aria-setsize={total}>
                <Link
                  to={`/materials/${material.id}`}
                  className={material.blocked ? 'material-card material-card--blocked' : 'material-card'}
                  data-index={index}
                >
                  <MaterialThumb material={material} />
                </Link>
              </div>
            );
          }),
        )}
      </div>
    </>
  );
}

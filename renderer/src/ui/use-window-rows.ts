import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useState } from 'react';

/**
 * Table rows that are only rendered near the viewport, for lists of thousands (ten years of
 * participants). The page itself scrolls, so the virtualiser follows the window; spacer
 * heights before and after keep the scrollbar honest, and rows report their real height.
 * `containerRef` is the callback ref for the table: it tells where the rows start.
 */
export function useWindowRows<T extends HTMLElement>(count: number, estimateRowPx = 44) {
  const [scrollMargin, setScrollMargin] = useState(0);
  const containerRef = useCallback((element: T | null) => {
    if (element) setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({ count, estimateSize: () => estimateRowPx, overscan: 12, scrollMargin });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    containerRef,
    items,
    measureElement: virtualizer.measureElement,
    paddingBefore: first ? first.start - scrollMargin : 0,
    paddingAfter: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
  };
}

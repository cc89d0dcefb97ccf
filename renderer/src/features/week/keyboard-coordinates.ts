import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard dragging jumps a whole day column per arrow key (dnd-kit's default moves 25 px),
 * so moving a lesson without a mouse is one key press per day.
 */
export const dayColumnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .map((container) => droppableRects.get(container.id))
    .filter((rect): rect is NonNullable<typeof rect> => rect !== undefined)
    .sort((a, b) => a.left - b.left);
  const target = step > 0 ? columns.find((rect) => rect.left > centre) : columns.findLast((rect) => rect.left + rect.width < centre);
  if (!target) return currentCoordinates;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: Math.max(target.top + 8, currentCoordinates.y) };
};

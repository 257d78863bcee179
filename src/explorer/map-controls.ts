/**
 * How the map is moved: the wheel zooms at the pointer, dragging pans, a click (a press that did
 * not move) picks; on the keyboard, + and − zoom, 0 resets, the arrows pan.
 */

export interface MapMoves {
  /** Zooms by `factor` about (cx, cy) in CSS pixels of the canvas; its centre when not given. */
  zoomBy(factor: number, cx?: number, cy?: number): void;
  panBy(dx: number, dy: number): void;
  resetZoom(): void;
  /** A click at (cx, cy), CSS pixels of the canvas. */
  click(cx: number, cy: number): void;
}

/** How far an arrow key pans, in CSS pixels. */
const STEP = 60;

export function attachMapControls(canvas: HTMLCanvasElement, moves: MapMoves): void {
  let drag: { x: number; y: number; moved: boolean } | undefined;
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = canvas.getBoundingClientRect();
      moves.zoomBy(
        Math.exp(-event.deltaY * 0.002),
        event.clientX - box.left,
        event.clientY - box.top,
      );
    },
    { passive: false },
  );
  canvas.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, moved: false };
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = true;
    drag.x = event.clientX;
    drag.y = event.clientY;
    moves.panBy(dx, dy);
  });
  canvas.addEventListener('pointerup', (event) => {
    const moved = drag?.moved;
    drag = undefined;
    if (moved) return;
    const box = canvas.getBoundingClientRect();
    moves.click(event.clientX - box.left, event.clientY - box.top);
  });
  canvas.addEventListener('keydown', (event) => {
    const keys: Record<string, () => void> = {
      '+': () => moves.zoomBy(1.5),
      '=': () => moves.zoomBy(1.5),
      '-': () => moves.zoomBy(1 / 1.5),
      '0': () => moves.resetZoom(),
      ArrowLeft: () => moves.panBy(STEP, 0),
      ArrowRight: () => moves.panBy(-STEP, 0),
      ArrowUp: () => moves.panBy(0, STEP),
      ArrowDown: () => moves.panBy(0, -STEP),
    };
    const move = keys[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  });
}

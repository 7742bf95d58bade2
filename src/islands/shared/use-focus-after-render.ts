import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to an element that a state change is about to show: set the returned ref to its
 * selector, and after the next render that puts the element in the page, it is focused (once).
 */
export function useFocusAfterRender() {
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.querySelector<HTMLElement>(focusNext.current);
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });
  return focusNext;
}

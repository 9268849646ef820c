/** @module Page-wide keyboard shortcuts that stay out of the way of typing and of focused controls. */
import { useEffect, useRef } from 'react';

/** Whether a key press belongs to a field or an open dialog rather than to the page. */
function isTypingTarget(target: HTMLElement): boolean {
  if (target.isContentEditable || target.closest('dialog[open]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Enter on a focused button or link already means "press it". */
function isPressTarget(target: HTMLElement): boolean {
  return ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/** Calls `handler` for key presses on the page itself, without modifiers; it returns true when it used the key. */
export function usePageKeys(handler: (key: string, event: KeyboardEvent) => boolean): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      if (isTypingTarget(target)) return;
      if ((event.key === 'Enter' || event.key === ' ') && isPressTarget(target)) return;
      if (latest.current(event.key, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

'use client';

import { useEffect, useEffectEvent } from 'react';
import { SEARCH_INPUT_ID } from './lead-filter-bar';

type LeadListKeys = {
  rowCount: number;
  highlight: number;
  setHighlight: (index: number) => void;
  onOpen: (index: number) => void;
  onToggle: (index: number) => void;
  onClearSelection: () => void;
};

function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

// Menus, dialogs and listboxes handle their own keys; the list must not react underneath them.
const inOverlay = (target: EventTarget | null) =>
  target instanceof HTMLElement && Boolean(target.closest('[role="dialog"],[role="alertdialog"],[role="menu"],[role="listbox"]'));

/** j/k move the highlighted row, Enter opens it, x ticks it, Escape clears the ticks, / jumps to the search box. */
export function useLeadListKeys({ rowCount, highlight, setHighlight, onOpen, onToggle, onClearSelection }: LeadListKeys) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
    if (isTyping(event.target) || inOverlay(event.target)) return;
    switch (event.key) {
      case '/':
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
        return;
      case 'j':
        event.preventDefault();
        setHighlight(Math.min(rowCount - 1, highlight + 1));
        return;
      case 'k':
        event.preventDefault();
        setHighlight(Math.max(0, highlight - 1));
        return;
      case 'x':
        if (highlight < 0) return;
        event.preventDefault();
        onToggle(highlight);
        return;
      case 'Escape':
        onClearSelection();
        return;
      case 'Enter': {
        // On a link or button, Enter already does what that element does.
        const onControl = event.target instanceof HTMLElement && event.target.closest('a,button,[role="checkbox"]');
        if (highlight < 0 || onControl) return;
        event.preventDefault();
        onOpen(highlight);
      }
    }
  });

  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

import { useEffect, useRef, type RefObject } from 'react';

/**
 * A <dialog> shown modal as it mounts: the browser then keeps the focus
 * inside it, makes the rest inert, and closes it on Esc. The owner unmounts
 * it from the dialog's close event.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}

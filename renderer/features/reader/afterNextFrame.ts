/** Resolves after the next frame is drawn (or after 100 ms, when none comes: a hidden window draws none). */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const late = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(late);
        resolve();
      }, 0),
    );
  });

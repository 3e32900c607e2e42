import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so "in 5 minutes" and "2 hours ago" don't go stale on screen. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

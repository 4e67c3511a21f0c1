import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';

export interface DeferredProps {
  /** Usually a React.lazy component: its code is fetched only once this renders it. */
  children: ReactNode;
  /** What is said while the code loads. */
  label: string;
  /** Also load once the page has painted and gone idle, at most this many ms later (default 2000). */
  idleTimeoutMs?: number;
}

/**
 * Keeps a heavy panel out of a page's first render. It shows a short "Loading…" line until the panel
 * comes near the viewport (the user scrolled or jumped to it) or the page has painted and is idle,
 * then renders `children` under Suspense. Settings and policy locks never go through this: only the
 * panels whose code is large (writing help, local model, data and audit).
 */
export function Deferred({ children, label, idleTimeoutMs = 2000 }: DeferredProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
            rootMargin: '200px',
          })
        : undefined;
    if (ref.current) observer?.observe(ref.current);
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(want, { timeout: idleTimeoutMs })
        : setTimeout(want, Math.min(idleTimeoutMs, 200));
    return () => {
      observer?.disconnect();
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle as number);
      else clearTimeout(idle);
    };
  }, [wanted, idleTimeoutMs]);
  const fallback = (
    <p role="status" className="bh-deferred">
      Loading {label}…
    </p>
  );
  return (
    <div ref={ref} data-deferred={wanted ? 'loaded' : 'waiting'}>
      {wanted ? <Suspense fallback={fallback}>{children}</Suspense> : fallback}
    </div>
  );
}

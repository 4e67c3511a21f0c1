import type { RouteDecision } from '@/utils/writing/router';
import { routeLabel } from '@/utils/writing/router';

/** Every route with its state, and the one that will handle (or handled) the task, with why. */
export function RoutePanel({ decision, used }: { decision: RouteDecision; used?: string }) {
  return (
    <section aria-label="Routing" className="bh-routes">
      <ul>
        {decision.statuses.map((st) => (
          <li
            key={st.route}
            data-testid={`route-${st.route}`}
            className={st.route === (used ?? decision.route) ? 'bh-route bh-route-chosen' : 'bh-route'}
          >
            <strong>{routeLabel(st.route)}</strong>: {st.reason}
          </li>
        ))}
      </ul>
      <p className="bh-hint" data-testid="writing-route-why">
        {decision.why}
      </p>
    </section>
  );
}

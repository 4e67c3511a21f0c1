/** Problems found in the organisation's policy; each bad value was ignored or replaced by a safe one. */
export function PolicyWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section
      className="bh-warnings"
      data-testid="policy-warnings"
      role="status"
      aria-labelledby="bh-warnings-title"
    >
      <h2 id="bh-warnings-title">Policy warnings</h2>
      <p>
        Your organisation's policy has values BlindHire could not use. They were ignored or replaced by the
        safe choice; tell your IT administrator.
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

/** BlindHire settings page. */
export function App() {
  return (
    <main>
      <h1>BlindHire settings</h1>
    </main>
  );
}

/** BlindHire page. */
export function App() {
  return (
    <main>
      <h1>BlindHire</h1>
    </main>
  );
}

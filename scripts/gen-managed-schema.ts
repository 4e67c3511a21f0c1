/**
 * Writes public/managed_schema.json and the policy table of docs/ADMIN.md from the settings
 * declaration (utils/settings/schema.ts). Run: npx tsx scripts/gen-managed-schema.ts
 * A unit test fails when either file drifts from the declaration.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { managedSchemaText, withPolicyTable } from '../utils/settings/managed-schema';

const root = path.resolve(import.meta.dirname, '..');
fs.writeFileSync(path.join(root, 'public/managed_schema.json'), managedSchemaText());
const adminPath = path.join(root, 'docs/ADMIN.md');
if (fs.existsSync(adminPath)) {
  fs.writeFileSync(adminPath, withPolicyTable(fs.readFileSync(adminPath, 'utf8')));
}
// Same layout as the committed files (Biome formats JSON and Markdown).
execFileSync('npx', ['biome', 'format', '--write', 'public/managed_schema.json', 'docs/ADMIN.md'], {
  cwd: root,
  stdio: 'ignore',
});
process.stdout.write('Wrote public/managed_schema.json and the docs/ADMIN.md policy table.\n');

// `npm run db:migrate`: apply pending migrations to the product database (embedded or DATABASE_URL).
// The start and test commands do this by themselves; this is for deployments and for checking.
import { openProductDatabase } from "./lib/product-database";

try {
  const database = await openProductDatabase((line) => console.log(`• ${line}`));
  await database.close();
  console.log("✓ The database schema is up to date");
} catch (e) {
  console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

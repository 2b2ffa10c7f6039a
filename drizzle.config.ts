import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes the SQL migrations the app applies at startup (src-main/store/migrate.ts).
export default defineConfig({
  dialect: 'sqlite',
  schema: './src-main/store/schema.ts',
  out: './migrations',
});

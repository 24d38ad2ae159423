// `npm run lint`: Next.js's own ESLint configuration (core web vitals + TypeScript) and our rules; the
// layering rules run beside it (`npm run lint:layers`, .dependency-cruiser.cjs).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { omitted: _, ...rest } = x` leaves a key out on purpose: the rest is what is used.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", ".data/**", ".tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    // Only the data layer opens database connections: one pool per process (lib/data/client.ts).
    ignores: ["lib/data/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name=/^(Pool|Client|PrismaClient)$/]",
          message: "Database connections are opened only in lib/data (lib/data/client.ts): use database(), db() or pool() from there.",
        },
        {
          selector: "NewExpression[callee.object.name='pg'][callee.property.name=/^(Pool|Client)$/]",
          message: "Database connections are opened only in lib/data (lib/data/client.ts): use database(), db() or pool() from there.",
        },
      ],
    },
  },
]);

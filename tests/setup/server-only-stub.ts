// Outside Next.js the `server-only` guard has nothing to guard; tests import the data layer directly.
export {};

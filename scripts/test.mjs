// `npm test`: install what is missing, then run the whole suite (scripts/test-all.ts).
process.argv.splice(2, 0, "scripts/test-all.ts");
await import("./run.mjs");

// `npm start`: install what is missing, then start database + app (scripts/start-app.ts).
process.argv.splice(2, 0, "scripts/start-app.ts");
await import("./run.mjs");

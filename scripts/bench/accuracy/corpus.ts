// Where the development corpus lives: beside the project, in ../shared (never copied into it).
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

export const DEV_CORPUS = process.env.DEV_CORPUS ?? path.resolve(ROOT, "..", "shared", "dev-corpus");

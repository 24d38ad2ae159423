// How many articles are stored: the loader's measure of corpus size (lib/load/assign-new.ts regroupPlan).
import type { Database } from "../client";

export const countArticles = (database: Database): Promise<number> => database.prisma.article.count();

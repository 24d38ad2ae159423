// Preview card size and wording shared by the renderer and the pages' metadata (no native code here).
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_BRAND = "قارئ محادثات سوريا";
export const OG_LOCALE = "ar_AR";

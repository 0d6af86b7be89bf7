// The timeline view's strings, Swedish and English (the timeline view's author fills these in).
export const sv: Record<string, string> = {};
export const en: Record<string, string> = {};

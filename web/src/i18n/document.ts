// The document view's strings, Swedish and English (the document view's author fills these in).
export const sv: Record<string, string> = {};
export const en: Record<string, string> = {};

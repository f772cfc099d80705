/** A data value as part of a message's key: a message's name takes only letters, digits and _ ('keep-legal' → 'keepLegal'). */
export const keyPart = (value: string) => value.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());

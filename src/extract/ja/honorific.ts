/**
 * Honorifics written straight after a name in listings and notices (「茜沢智氏」「山田 太郎様」「鈴木一郎君」):
 * they end the name and are no part of it (氏名 is a label, not an honorific).
 */
export const HONORIFIC_START = /^(?:氏|様|君)(?!名)/u;
/** The honorific a name candidate swallowed, to cut off (two name characters stay before it). */
export const HONORIFIC_END = /(?<=[^\s]{2})(?:氏|様|君)$/u;

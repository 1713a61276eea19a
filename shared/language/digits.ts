// Numbers as Dzongkha writes them: the Tibetan digits ༠ to ༩ (U+0F20–U+0F29) are the digits 0 to 9, so a baseline
// of ༩༥% or a year ༢༠༢༧ in an imported plan reads as 95% and 2027. The readers fold them before they parse; the
// text as written is kept wherever it is stored. (The half digits ༪–༳ of old texts are no numbers a plan holds.)
const TIBETAN_DIGIT = /[\u0F20-\u0F29]/g;

export function withWesternDigits(text: string): string {
  return text.replace(TIBETAN_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0f20));
}

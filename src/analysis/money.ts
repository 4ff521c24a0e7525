/** Currency symbols people write after amounts, and the ISO codes they stand for. */
const SYMBOLS: Record<string, string> = { '₽': 'RUB', '$': 'USD', '€': 'EUR', '£': 'GBP', '₸': 'KZT' };

/** The ISO 4217 code of a currency written as a code or a symbol. */
export function currencyCode(written: string): string {
    return SYMBOLS[written] ?? written;
}

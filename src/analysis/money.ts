/** Currency symbols and abbreviations people write beside amounts, and the ISO codes they stand for. */
const SYMBOLS: Record<string, string> = { '₽': 'RUB', '$': 'USD', '€': 'EUR', '£': 'GBP', '₸': 'KZT', 'руб': 'RUB', 'руб.': 'RUB', 'р.': 'RUB' };

/** The ISO 4217 code of a currency written as a code or a symbol. */
export function currencyCode(written: string): string {
    return SYMBOLS[written] ?? written;
}

/** The unit written beside a number: `%`, or a currency as its ISO code; undefined for a bare number. */
export function writtenUnit(quantity: { unit?: string } | undefined): string | undefined {
    return quantity?.unit === '%' ? '%' : quantity?.unit ? currencyCode(quantity.unit) : undefined;
}

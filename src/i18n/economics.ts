/** The words of a funnel's economics: what a customer is worth and the mix of products (see `customer-value.ts`). */
const en = {
    'economics.value.once': 'one purchase of {price}',
    'economics.value.times': '{times} × {price} = {total}',
    'economics.value.onePeriod': '{times} × {price} (no lifetime: one period assumed)',
    'economics.mix.equal': ' (equal shares assumed)',
    'economics.mix.partial': ' (the products without a share split the rest)',
    'economics.mix.scaled': ' (the written shares scaled to 100%)',
    'fix.equalShares': 'Write equal shares: {mix}',
    'economics.label.mix': 'Product mix',
    'economics.label.perCustomer': 'Revenue per customer',
    'economics.label.ltv': 'LTV, mean per customer',
    'economics.label.margin': 'Margin',
    'economics.label.price': 'Price',
    'economics.label.grossProfit': 'Gross profit'
};

export const economicsMessages = {
    en,
    ru: {
        'economics.value.once': 'одна покупка за {price}',
        'economics.value.times': '{times} по {price} = {total}',
        'economics.value.onePeriod': '{times} по {price} (срок не указан: считается один период)',
        'economics.mix.equal': ' (доли считаются равными)',
        'economics.mix.partial': ' (продукты без доли делят остаток)',
        'economics.mix.scaled': ' (указанные доли пересчитаны в 100 %)',
        'fix.equalShares': 'Указать равные доли: {mix}',
        'economics.label.mix': 'Доли продуктов',
        'economics.label.perCustomer': 'Выручка с клиента',
        'economics.label.ltv': 'LTV, в среднем на клиента',
        'economics.label.margin': 'Маржа',
        'economics.label.price': 'Цена',
        'economics.label.grossProfit': 'Валовая прибыль'
    } satisfies Record<keyof typeof en, string>
};

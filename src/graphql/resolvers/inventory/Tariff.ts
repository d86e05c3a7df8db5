import type { TariffResolvers } from '../../generated/resolvers-types.js';
import type { Loaders } from '../../loaders.js';
import { required } from '../base/required.js';

export const Tariff: TariffResolvers = {
  hourlyRate: async (tariff, _args, { loaders }) => ({
    amount: tariff.hourlyRateAmount,
    currency: await currencyOfLot(loaders, tariff.lotId),
  }),
  dailyCap: async (tariff, _args, { loaders }) =>
    tariff.dailyCapAmount === null
      ? null
      : { amount: tariff.dailyCapAmount, currency: await currencyOfLot(loaders, tariff.lotId) },
  flatRates: async (tariff, _args, { loaders }) => {
    const currency = await currencyOfLot(loaders, tariff.lotId);
    return tariff.flatRates.map((rate) => ({ ...rate, currency }));
  },
};

/** A tariff's amounts are in its lot's currency. */
async function currencyOfLot(loaders: Loaders, id: string): Promise<string> {
  return (await required(loaders.lot.load(id), `lot ${id}`)).currency;
}

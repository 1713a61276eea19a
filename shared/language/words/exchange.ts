// The English words of the exchange view (renderer/src/exchange); keys start with "exchange.".
import type { Words } from './message';

export const EXCHANGE_WORDS = {} satisfies Words;

import { dollars } from '../../../src-main/vocabulary/money';

/** Integer cents as dollars for display: 15000 -> $150.00, the same words as the main process's messages. */
export const formatCents = dollars;

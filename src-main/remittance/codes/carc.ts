import { CARC_DESCRIPTIONS_A } from './carcA';
import { CARC_DESCRIPTIONS_B } from './carcB';

// All Claim Adjustment Reason Codes we describe (RM-2, RM-5); split in two files by code range only for length.
export const CARC_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({ ...CARC_DESCRIPTIONS_A, ...CARC_DESCRIPTIONS_B });

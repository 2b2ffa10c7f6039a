// Shapes the renderer reads. The features answer with them; they are written in the vocabulary
// (src-main/vocabulary), plain data compiled for both the main process and the page.

export type * from '../../vocabulary/patientViews';
export type * from '../../vocabulary/pharmacyViews';
export type * from '../../vocabulary/claimViews';
export type * from '../../vocabulary/remittanceViews';
export type { ClaimStatus } from '../../vocabulary/terms';

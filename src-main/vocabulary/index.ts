// The vocabulary: the terms of the records, calendar dates and months, the errors a service throws on purpose,
// and the shapes the features answer with. Pure: it imports nothing from the store, the faces, Electron or the
// file system (eslint.config.js), so the engine, the features, the channel contract and the page all share it.

export * from './terms';
export type { CalendarDate, Month } from '../calendar/calendarDate';
export { addMonths, firstDayOfMonth, isCalendarDate, lastDayOfMonth, monthOf } from '../calendar/calendarDate';
export * from './errors';
export * from './money';
export type * from './patientViews';
export type * from './pharmacyViews';
export type * from './claimViews';
export type * from './remittanceViews';

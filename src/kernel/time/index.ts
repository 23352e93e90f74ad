// Time as Nabij speaks of it: weekdays, parts of the day, moments, recurring schedules and their occurrences.
export * from './days.js';
export * from './schedule.js';
export * from './dates.js';

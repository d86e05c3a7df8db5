/** Opening hours and owner availability schedules: when a lot can be booked. */
export {
  closedOnLocalDate,
  isOpenThroughout,
  openIntervalsWithin,
  type Blackout,
  type OpeningSchedule,
  type WeeklyWindow,
} from './opening-hours.js';

package io.casedesk.rehearsal;

import java.time.Instant;

/**
 * The surge rehearsal's engine side: plays one day of simulated customers and agents on this desk's
 * engine (README, "Surge rehearsal"). Only where nothing else drives the engine: a database of its
 * own with the job executor off ({@link SurgeRehearsal}), or the demo's first start.
 */
public interface Rehearsal {

  /** Plays a day of {@code volume} × the settings' cases per day, starting at {@code dayStart}, with this staffing, until its cases end or the clock reaches {@code stopAt}. */
  DayOutcome play(long seed, double volume, int casesAt1x, Staffing staffing, Instant dayStart, Instant stopAt);
}

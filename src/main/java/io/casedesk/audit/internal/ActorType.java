package io.casedesk.audit.internal;

/** Who did what an audit entry records. */
public enum ActorType {
  /** A person signed in to the desk (agent, specialist, supervisor, compliance officer, administrator). */
  PERSON,
  /** The desk itself: its job executor, timers, rules and automated steps; no person acted. */
  DESK,
  /** The exchange's back end, through the case API (an intake service account). */
  BACK_END
}

package io.casedesk.rehearsal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The day the surge rehearsal plays ({@code casedesk.rehearsal.*}, README "Surge rehearsal"): its
 * volume and mixes, how simulated customers and agents behave, and the staffing to start from. The
 * defaults follow the exchange's figures in the design notes: e-mail tickets for account
 * verification, a VIP concierge for institutional accounts, 75 % of requests without adequate
 * documentation, six languages.
 */
@Component
@ConfigurationProperties("casedesk.rehearsal")
public class RehearsalSettings {

  private long seed = 2026;
  /** The day played (UTC): fixed, so that a seed always plays the same day against the same back-office data. */
  private String day = "2026-12-07";
  /** Cases a normal day brings (1× volume). */
  private int casesPerDay = 240;
  /** Share of each language among customers. */
  private Map<String, Double> languages = new LinkedHashMap<>(Map.of("en", 0.36, "zh", 0.22, "ru", 0.12, "es", 0.10, "vi", 0.10, "tr", 0.10));
  /** Share of each case type. */
  private Map<String, Double> caseTypes = new LinkedHashMap<>(Map.of(
      "KYC_VERIFICATION", 0.40, "DEPOSIT_TRACE", 0.18, "WITHDRAWAL_LIMIT_INCREASE", 0.14,
      "TWO_FACTOR_RESET", 0.12, "WHITELIST_CHANGE", 0.09, "COPY_TRADING_DISPUTE", 0.07));
  /** Share of VIP and of institutional customers; the rest are standard. */
  private double vipShare = 0.08;
  private double institutionalShare = 0.02;
  /** Share of standard customers who write an e-mail ticket (the rest use the web form); VIP and institutional customers use the concierge. */
  private double emailShare = 0.6;
  /** Share of requests with documents (KYC, 2FA reset) that arrive without adequate documentation. */
  private double incompleteShare = 0.75;
  /** Share of customers who answer when the desk asks them, and the median of their delay. */
  private double replyShare = 0.85;
  private Duration replyDelay = Duration.ofHours(3);
  /** Share of first reviews in which the agent asks the customer for more, and in which the agent rejects. */
  private double agentAsksShare = 0.10;
  private double agentRejectsShare = 0.08;
  /** Share of customers of a resolved case who rate it, and who write again within the reopen window. */
  private double csatShare = 0.6;
  private double reopenShare = 0.04;
  /** Mean handling time of a task by the kind of queue: language (kyc, support), vip, specialist, approval (second approvals). */
  private Map<String, Duration> handling = new LinkedHashMap<>(Map.of(
      "language", Duration.ofMinutes(30), "vip", Duration.ofMinutes(20), "specialist", Duration.ofMinutes(40),
      "approval", Duration.ofMinutes(10)));
  /** The staffing of the 1× day, on duty around the clock: agents per language, VIP concierges, specialists per queue. */
  private Map<String, Integer> agents = new LinkedHashMap<>(Map.of("en", 2, "zh", 2, "ru", 1, "es", 1, "vi", 1, "tr", 1));
  private int vipAgents = 1;
  private Map<String, Integer> specialists = new LinkedHashMap<>(Map.of("security", 2, "tradingdesk", 1, "compliance", 2, "supervisors", 2));
  /** How long after the day the rehearsal goes on, so the day's cases can end (waits for the customer last days). */
  private Duration drain = Duration.ofDays(21);
  /** Volumes the rehearsal plays (multiples of casesPerDay). */
  private double surge = 4.0;
  private final DemoDay demoDay = new DemoDay();

  /** The demo profile's day: played once on a fresh database, so the KPI page has data. */
  public static class DemoDay {
    private boolean enabled;
    private int cases = 120;
    /** How many days before now the day was. */
    private int daysAgo = 14;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getCases() {
      return cases;
    }

    public void setCases(int cases) {
      this.cases = cases;
    }

    public int getDaysAgo() {
      return daysAgo;
    }

    public void setDaysAgo(int daysAgo) {
      this.daysAgo = daysAgo;
    }
  }

  public long getSeed() {
    return seed;
  }

  public void setSeed(long seed) {
    this.seed = seed;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public int getCasesPerDay() {
    return casesPerDay;
  }

  public void setCasesPerDay(int casesPerDay) {
    this.casesPerDay = casesPerDay;
  }

  public Map<String, Double> getLanguages() {
    return languages;
  }

  public void setLanguages(Map<String, Double> languages) {
    this.languages = languages;
  }

  public Map<String, Double> getCaseTypes() {
    return caseTypes;
  }

  public void setCaseTypes(Map<String, Double> caseTypes) {
    this.caseTypes = caseTypes;
  }

  public double getVipShare() {
    return vipShare;
  }

  public void setVipShare(double vipShare) {
    this.vipShare = vipShare;
  }

  public double getInstitutionalShare() {
    return institutionalShare;
  }

  public void setInstitutionalShare(double institutionalShare) {
    this.institutionalShare = institutionalShare;
  }

  public double getEmailShare() {
    return emailShare;
  }

  public void setEmailShare(double emailShare) {
    this.emailShare = emailShare;
  }

  public double getIncompleteShare() {
    return incompleteShare;
  }

  public void setIncompleteShare(double incompleteShare) {
    this.incompleteShare = incompleteShare;
  }

  public double getReplyShare() {
    return replyShare;
  }

  public void setReplyShare(double replyShare) {
    this.replyShare = replyShare;
  }

  public Duration getReplyDelay() {
    return replyDelay;
  }

  public void setReplyDelay(Duration replyDelay) {
    this.replyDelay = replyDelay;
  }

  public double getAgentAsksShare() {
    return agentAsksShare;
  }

  public void setAgentAsksShare(double agentAsksShare) {
    this.agentAsksShare = agentAsksShare;
  }

  public double getAgentRejectsShare() {
    return agentRejectsShare;
  }

  public void setAgentRejectsShare(double agentRejectsShare) {
    this.agentRejectsShare = agentRejectsShare;
  }

  public double getCsatShare() {
    return csatShare;
  }

  public void setCsatShare(double csatShare) {
    this.csatShare = csatShare;
  }

  public double getReopenShare() {
    return reopenShare;
  }

  public void setReopenShare(double reopenShare) {
    this.reopenShare = reopenShare;
  }

  public Map<String, Duration> getHandling() {
    return handling;
  }

  public void setHandling(Map<String, Duration> handling) {
    this.handling = handling;
  }

  public Map<String, Integer> getAgents() {
    return agents;
  }

  public void setAgents(Map<String, Integer> agents) {
    this.agents = agents;
  }

  public int getVipAgents() {
    return vipAgents;
  }

  public void setVipAgents(int vipAgents) {
    this.vipAgents = vipAgents;
  }

  public Map<String, Integer> getSpecialists() {
    return specialists;
  }

  public void setSpecialists(Map<String, Integer> specialists) {
    this.specialists = specialists;
  }

  public Duration getDrain() {
    return drain;
  }

  public void setDrain(Duration drain) {
    this.drain = drain;
  }

  public double getSurge() {
    return surge;
  }

  public void setSurge(double surge) {
    this.surge = surge;
  }

  public DemoDay getDemoDay() {
    return demoDay;
  }
}

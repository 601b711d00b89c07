package io.casedesk.kpi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the desk measures itself ({@code casedesk.kpi.*}): the reopen window (a customer's reply to a
 * resolved case within it reopens the case; later, or to a closed case, it opens a linked new one),
 * how long a rating may be given after resolution, how long a reopened case's answer may take, and
 * the 2026 targets the figures are compared with.
 */
@Component
@ConfigurationProperties("casedesk.kpi")
public class KpiSettings {

  private Duration reopenWindow = Duration.ofDays(7);
  private Duration csatWindow = Duration.ofDays(28);
  private Duration reopenedAnswerWithin = Duration.ofHours(24);
  private final Targets targets = new Targets();

  public Duration getReopenWindow() {
    return reopenWindow;
  }

  public void setReopenWindow(Duration reopenWindow) {
    this.reopenWindow = reopenWindow;
  }

  public Duration getCsatWindow() {
    return csatWindow;
  }

  public void setCsatWindow(Duration csatWindow) {
    this.csatWindow = csatWindow;
  }

  public Duration getReopenedAnswerWithin() {
    return reopenedAnswerWithin;
  }

  public void setReopenedAnswerWithin(Duration reopenedAnswerWithin) {
    this.reopenedAnswerWithin = reopenedAnswerWithin;
  }

  public Targets getTargets() {
    return targets;
  }

  /** The 2026 targets (DESIGN: first response 3.5 h, resolution success 94 %, CSAT 4.5 / 5; VIP first response 2 h; KYC within 48 h 92 %). */
  public static class Targets {
    private Duration firstResponse = Duration.ofMinutes(210);
    private Duration vipFirstResponse = Duration.ofHours(2);
    private double resolutionSuccess = 0.94;
    private double csat = 4.5;
    private double kycWithin48h = 0.92;
    private double slaAttainment = 0.95;

    public Duration getFirstResponse() {
      return firstResponse;
    }

    public void setFirstResponse(Duration firstResponse) {
      this.firstResponse = firstResponse;
    }

    public Duration getVipFirstResponse() {
      return vipFirstResponse;
    }

    public void setVipFirstResponse(Duration vipFirstResponse) {
      this.vipFirstResponse = vipFirstResponse;
    }

    public double getResolutionSuccess() {
      return resolutionSuccess;
    }

    public void setResolutionSuccess(double resolutionSuccess) {
      this.resolutionSuccess = resolutionSuccess;
    }

    public double getCsat() {
      return csat;
    }

    public void setCsat(double csat) {
      this.csat = csat;
    }

    public double getKycWithin48h() {
      return kycWithin48h;
    }

    public void setKycWithin48h(double kycWithin48h) {
      this.kycWithin48h = kycWithin48h;
    }

    public double getSlaAttainment() {
      return slaAttainment;
    }

    public void setSlaAttainment(double slaAttainment) {
      this.slaAttainment = slaAttainment;
    }
  }
}

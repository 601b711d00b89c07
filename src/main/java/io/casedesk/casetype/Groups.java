package io.casedesk.casetype;

/** Group ids the desk's security rules name (the engine's id pattern: letters and digits). */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String INTAKE = "intake";
  public static final String SUPERVISORS = "supervisors";
  public static final String COMPLIANCE = "compliance";
  public static final String ANALYSTS = "analysts";
  public static final String VIP_CONCIERGE = "vipconcierge";
  public static final String SECURITY = "security";
  public static final String TRADING_DESK = "tradingdesk";

  /** Spring Security authority of a group. */
  public static String authority(String group) {
    return "GROUP_" + group;
  }

  private Groups() {}
}

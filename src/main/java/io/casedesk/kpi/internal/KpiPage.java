package io.casedesk.kpi.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The KPI page ({@code /kpis}): static HTML and JavaScript under {@code static/kpis}, in the desk's six
 * languages, drawing GET /api/kpis as inline SVG. It asks for a supervisor's, compliance officer's or
 * administrator's credentials and sends them to the API only.
 */
@Controller
class KpiPage {

  @GetMapping({"/kpis", "/kpis/"})
  String page() {
    return "forward:/kpis/index.html";
  }
}

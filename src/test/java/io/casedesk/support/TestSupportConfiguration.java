package io.casedesk.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Test helpers every {@link CaseDeskTest} can inject. */
@TestConfiguration
@Import({EngineDriver.class, CaseApi.class, TestCases.class})
public class TestSupportConfiguration {}

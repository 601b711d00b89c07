package io.casedesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole desk on a random port, with demo data, an in-memory database and no job executor.
 * Every test class uses this one configuration, so they share one Spring context. Each test starts
 * with the engine clock at the class's {@link TestClock} and drives its own cases only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(TestSupportConfiguration.class)
@ExtendWith(EngineClockExtension.class)
public @interface CaseDeskTest {}

package io.casedesk.audit.internal;

import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Puts every port of the back office and of the chains under audit, at the ports' edge: each bean
 * that implements an interface of the {@code ledger} or {@code chain} module's public face
 * ({@code LedgerPort}, {@code BlockchainPort} and any port added there later) is wrapped so that every
 * call of such an interface's methods is recorded with its result. Callers and adapters know nothing
 * of it, so new adapters and ports are audited without change.
 */
@Component
class PortCallAuditing implements BeanPostProcessor {

  static final String LEDGER = "io.casedesk.ledger";
  static final String CHAIN = "io.casedesk.chain";

  private final ObjectProvider<PortCallRecorder> recorder;

  PortCallAuditing(ObjectProvider<PortCallRecorder> recorder) {
    this.recorder = recorder;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Set<Class<?>> ports = ClassUtils.getAllInterfacesForClassAsSet(AopUtils.getTargetClass(bean)).stream()
        .filter(type -> type.getPackageName().equals(LEDGER) || type.getPackageName().equals(CHAIN))
        .collect(Collectors.toSet());
    if (ports.isEmpty()) {
      return bean;
    }
    ProxyFactory proxy = new ProxyFactory(bean);
    // A class proxy where the class allows one, so beans that take an adapter by its class (the embedded
    // back office's document server takes its document store) still get it; interfaces otherwise.
    proxy.setProxyTargetClass(!Modifier.isFinal(AopUtils.getTargetClass(bean).getModifiers()));
    proxy.addAdvice((MethodInterceptor) invocation -> {
      Class<?> port = portOf(ports, invocation.getMethod());
      if (port == null) {
        return invocation.proceed();
      }
      PortCallRecorder calls = recorder.getObject();
      String kind = port.getPackageName().equals(LEDGER) ? AuditRecord.LEDGER_CALL : AuditRecord.CHAIN_CALL;
      var at = calls.now();
      long started = System.nanoTime();
      try {
        Object result = invocation.proceed();
        calls.record(kind, port, invocation.getMethod(), invocation.getArguments(), result, null, at, millisSince(started));
        return result;
      } catch (Throwable failure) {
        calls.record(kind, port, invocation.getMethod(), invocation.getArguments(), null, failure, at, millisSince(started));
        throw failure;
      }
    });
    return proxy.getProxy(ClassUtils.getDefaultClassLoader());
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  /** The port that declares the method (a class proxy reports the implementing class's method), or none. */
  private static Class<?> portOf(Set<Class<?>> ports, java.lang.reflect.Method method) {
    for (Class<?> port : ports) {
      try {
        port.getMethod(method.getName(), method.getParameterTypes());
        return port;
      } catch (NoSuchMethodException e) {
        // not this port's
      }
    }
    return null;
  }
}

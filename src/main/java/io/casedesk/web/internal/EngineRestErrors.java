package io.casedesk.web.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as the starter configures it, plus one rule: a request the desk's listeners
 * refuse (a decision without a reason, an approval a failed check forbids, the same person twice on
 * a four-eyes step) is the client's error, 400 with the listener's message, not a 500. The engine
 * wraps every listener's exception, so its own mapping cannot tell.
 */
@Component
class EngineRestErrors extends CamundaJerseyResourceConfig {

  /** As the starter registers the API, with the engine's handler of its exceptions replaced by ours. */
  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> type != ProcessEngineExceptionHandler.class && type != RestExceptionHandler.class)
        .collect(Collectors.toSet()));
    register(EngineRefusals.class);
    register(RestRefusals.class);
    register(JacksonFeature.class);
  }

  /** The engine's exceptions: as the engine's REST API maps them, but a listener's refusal is a 400. */
  static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusalOr(exception);
    }
  }

  /** The REST layer wraps engine exceptions of some calls (task completion) in its own, as a 500. */
  static class RestRefusals implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return refusalOr(exception);
    }
  }

  static Response refusalOr(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refusal) {
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidRequestException", "message", refusal.getMessage()))
            .build();
      }

    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }
}

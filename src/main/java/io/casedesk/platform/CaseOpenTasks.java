package io.casedesk.platform;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a case, in whichever of its process instances they are (the type's process, a
 * called step): the tasks of the process instances with the case number as business key, as the task
 * query by business key finds them, oldest first. A native query: the engine's task query builds its
 * statement from a few hundred conditions each time, which cost more than the lookup itself where it
 * runs on every SLA timer (README, Performance).
 */
@Component
public class CaseOpenTasks {

  private final TaskService taskService;
  private final ManagementService managementService;
  private volatile String sql;

  CaseOpenTasks(TaskService taskService, ManagementService managementService) {
    this.taskService = taskService;
    this.managementService = managementService;
  }

  public List<Task> of(String caseNumber) {
    return taskService.createNativeTaskQuery().sql(sql()).parameter("caseNumber", caseNumber).list();
  }

  private String sql() {
    if (sql == null) {
      sql = "select RES.* from " + managementService.getTableName(Task.class) + " RES inner join "
          + managementService.getTableName(ProcessInstance.class) + " E on RES.PROC_INST_ID_ = E.ID_"
          + " where E.BUSINESS_KEY_ = #{caseNumber} order by RES.ID_";
    }
    return sql;
  }
}

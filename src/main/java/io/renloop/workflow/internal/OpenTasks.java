package io.renloop.workflow.internal;

import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;

/** The open tasks of the user task a boundary timer is attached to. */
final class OpenTasks {

	private OpenTasks() {
	}

	/** The timer's activity id is {@code <kind>_<step>}; its task is {@code task_<step>}. */
	static List<Task> ofTimer(TaskService tasks, DelegateExecution execution) {
		String activity = execution.getCurrentActivityId();
		String step = activity.substring(activity.indexOf('_') + 1);
		return tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey("task_" + step)
			.list();
	}
}

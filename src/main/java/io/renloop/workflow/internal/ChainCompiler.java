package io.renloop.workflow.internal;

import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChainStep.Mode;
import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;

/**
 * Turns a chain of steps into a BPMN process: per step one multi-instance user task over the approver slots that
 * were resolved when the approval started (variable {@code approvers_<n>}; a slot is a comma-separated list of
 * candidate users), sequential or parallel (any: completes on the first decision), behind an exclusive gateway when
 * the step has an amount condition, with non-interrupting boundary timers for the reminder and the escalation. A
 * last fallback step over {@code approvers_fallback} is empty unless the whole chain resolved to nobody.
 */
final class ChainCompiler {

	static final String FALLBACK = "fallback";

	private ChainCompiler() {
	}

	static String processKey(String subjectType) {
		return "approval_" + subjectType.replace('-', '_');
	}

	static String approversVariable(String stepKey) {
		return "approvers_" + stepKey;
	}

	static BpmnModel compile(String subjectType, List<ApprovalChainStep> steps) {
		Process process = new Process();
		process.setId(processKey(subjectType));
		process.setName("Approval of " + subjectType);
		process.setExecutable(true);
		Builder builder = new Builder(process);
		FlowNode previous = builder.add(new StartEvent(), "start");
		for (int i = 0; i < steps.size(); i++) {
			previous = builder.step(previous, String.valueOf(i), steps.get(i));
		}
		previous = builder.step(previous, FALLBACK,
				new ApprovalChainStep("Tenant administrators", ApprovalChainStep.Kind.ROLE, null, null, Mode.SEQUENTIAL,
						null, null, null));
		builder.flow(previous, builder.add(new EndEvent(), "end"), null);
		BpmnModel model = new BpmnModel();
		model.addProcess(process);
		return model;
	}

	private static final class Builder {

		private final Process process;

		private int flows;

		Builder(Process process) {
			this.process = process;
		}

		<T extends FlowNode> T add(T node, String id) {
			node.setId(id);
			process.addFlowElement(node);
			return node;
		}

		SequenceFlow flow(FlowNode from, FlowNode to, String condition) {
			SequenceFlow flow = new SequenceFlow(from.getId(), to.getId());
			flow.setId("flow_" + (++flows));
			flow.setConditionExpression(condition);
			process.addFlowElement(flow);
			return flow;
		}

		FlowNode step(FlowNode previous, String key, ApprovalChainStep step) {
			UserTask task = add(new UserTask(), "task_" + key);
			task.setName(plainText(step.name()));
			task.setCandidateUsers(new ArrayList<>(List.of("${slot}")));
			if (step.reminder() != null) {
				task.setDueDate(step.reminder());
			}
			MultiInstanceLoopCharacteristics loop = new MultiInstanceLoopCharacteristics();
			loop.setInputDataItem(approversVariable(key));
			loop.setElementVariable("slot");
			loop.setSequential(step.mode() == null || step.mode() == Mode.SEQUENTIAL);
			if (step.mode() == Mode.PARALLEL_ANY) {
				loop.setCompletionCondition("${nrOfCompletedInstances >= 1}");
			}
			task.setLoopCharacteristics(loop);
			timer(task, key, "remind", step.reminder(), "${approvalReminders}");
			timer(task, key, "escalate", step.escalation(), "${approvalEscalations}");
			if (step.amountAbove() == null) {
				flow(previous, task, null);
				return task;
			}
			ExclusiveGateway gate = add(new ExclusiveGateway(), "condition_" + key);
			ExclusiveGateway join = add(new ExclusiveGateway(), "join_" + key);
			flow(previous, gate, null);
			flow(gate, task, "${amount != null && amount > " + step.amountAbove().toPlainString() + "}");
			gate.setDefaultFlow(flow(gate, join, null).getId());
			flow(task, join, null);
			return join;
		}

		/** Step names are text: a name stored before names were checked can still never become an expression. */
		private static String plainText(String name) {
			return name == null ? null : name.replace("${", "$ {").replace("#{", "# {");
		}

		private void timer(UserTask task, String key, String kind, String duration, String delegate) {
			if (duration == null) {
				return;
			}
			BoundaryEvent boundary = add(new BoundaryEvent(), kind + "_timer_" + key);
			boundary.setAttachedToRef(task);
			boundary.setAttachedToRefId(task.getId());
			boundary.setCancelActivity(false);
			TimerEventDefinition timer = new TimerEventDefinition();
			timer.setTimeDuration(duration);
			boundary.addEventDefinition(timer);
			task.getBoundaryEvents().add(boundary);
			ServiceTask action = add(new ServiceTask(), kind + "_" + key);
			action.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
			action.setImplementation(delegate);
			flow(boundary, action, null);
			flow(action, add(new EndEvent(), kind + "_end_" + key), null);
		}
	}
}

package io.renloop.workflow.internal;

import io.renloop.platform.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.Association;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.InclusiveGateway;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.ManualTask;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TextAnnotation;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;

/**
 * Checks a tenant's own BPMN before it is deployed into the shared engine: its markup must pass the allow-list of
 * {@link BpmnMarkup} (no DTDs, no unknown elements or attributes, expressions only in the closed language of
 * {@link TenantExpressions}), and the parsed process must contain a user task and only elements that run no code —
 * events (timers at most), user and manual tasks, gateways and flows, without listeners. Service, script, send and
 * call elements would run code or reach beans of every tenant, so they are refused; the engine's own expression
 * sandbox ({@link MemberAccessRefusal}) is the second line behind this one.
 */
final class UploadedBpmn {

	private static final Set<Class<?>> ALLOWED = Set.of(StartEvent.class, EndEvent.class, UserTask.class,
			ManualTask.class, ExclusiveGateway.class, ParallelGateway.class, InclusiveGateway.class, SequenceFlow.class,
			BoundaryEvent.class, IntermediateCatchEvent.class, TextAnnotation.class, Association.class);

	private UploadedBpmn() {
	}

	/** The main process of the file; a 422 {@code BusinessRuleException} when it is unreadable or unsafe. */
	static Process validated(byte[] bpmnXml) {
		BpmnMarkup.check(bpmnXml);
		BpmnModel model;
		try {
			XMLInputFactory factory = XMLInputFactory.newInstance();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bpmnXml));
			model = new BpmnXMLConverter().convertToBpmnModel(reader);
		}
		catch (Exception | LinkageError bad) {
			throw new BusinessRuleException(422, "workflow.bpmn.unreadable");
		}
		if (model.getProcesses().size() != 1) {
			throw new BusinessRuleException(422, "workflow.bpmn.unreadable");
		}
		Process process = model.getMainProcess();
		if (process.findFlowElementsOfType(UserTask.class).isEmpty()) {
			throw new BusinessRuleException(422, "workflow.bpmn.noUserTask");
		}
		if (!process.getExecutionListeners().isEmpty() || !process.getEventListeners().isEmpty()) {
			throw new BusinessRuleException(422, "workflow.bpmn.unsafe", process.getId());
		}
		for (FlowElement element : process.findFlowElementsOfType(FlowElement.class)) {
			boolean listens = !element.getExecutionListeners().isEmpty()
					|| element instanceof UserTask task && !task.getTaskListeners().isEmpty();
			if (!ALLOWED.contains(element.getClass()) || listens || !onlyTimers(element)) {
				throw new BusinessRuleException(422, "workflow.bpmn.unsafe", element.getId());
			}
		}
		return process;
	}

	/** A start event starts nothing by itself; other events may only wait for time. */
	private static boolean onlyTimers(FlowElement element) {
		if (!(element instanceof Event event)) {
			return true;
		}
		List<EventDefinition> definitions = event.getEventDefinitions();
		return element instanceof StartEvent ? definitions.isEmpty()
				: definitions.stream().allMatch(TimerEventDefinition.class::isInstance);
	}
}

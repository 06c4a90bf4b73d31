package io.renloop.workflow;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "uploaded BPMN runs arbitrary Java": a tenant's process could carry {@code ${…}} that reached
 * {@code Class.forName("java.lang.Runtime")}. Every known injection payload, in every attribute the engine
 * evaluates, is refused on upload; code-running extensions are refused; chains configured without BPMN take names
 * as text; and the running engine refuses member access even for a definition that skipped the upload checks.
 */
@RenloopIntegrationTest
class UploadedBpmnRunsNoCodeTests {

	static final String PROBE = "probe ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
			+ ".invoke(null).availableProcessors()}";

	/** Every place in a process where the engine evaluates text, with the payload's place marked {@code PAYLOAD}. */
	static final Map<String, String> PLACEMENTS = Map.ofEntries(
			Map.entry("task name", task("name=\"PAYLOAD\"")),
			Map.entry("candidate users", task("flowable:candidateUsers=\"PAYLOAD\"")),
			Map.entry("candidate groups", task("flowable:candidateGroups=\"PAYLOAD\"")),
			Map.entry("assignee", task("flowable:assignee=\"PAYLOAD\"")),
			Map.entry("due date", task("flowable:dueDate=\"PAYLOAD\"")),
			Map.entry("priority", task("flowable:priority=\"PAYLOAD\"")),
			Map.entry("category", task("flowable:category=\"PAYLOAD\"")),
			Map.entry("documentation", process("""
					<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
					<userTask id="t" name="Check"><documentation>PAYLOAD</documentation></userTask>""")),
			Map.entry("activiti namespace", task("activiti:assignee=\"PAYLOAD\"")),
			Map.entry("collection", loop("flowable:collection=\"PAYLOAD\" flowable:elementVariable=\"approver\"", "")),
			Map.entry("loop cardinality", loop("", "<loopCardinality>PAYLOAD</loopCardinality>")),
			Map.entry("completion condition", loop("flowable:collection=\"approvers\" flowable:elementVariable=\"a\"",
					"<completionCondition>PAYLOAD</completionCondition>")),
			Map.entry("flow condition", process("""
					<startEvent id="s"/><exclusiveGateway id="g" default="f3"/>
					<sequenceFlow id="f1" sourceRef="s" targetRef="g"/>
					<sequenceFlow id="f2" sourceRef="g" targetRef="t"><conditionExpression>PAYLOAD</conditionExpression>
					</sequenceFlow><sequenceFlow id="f3" sourceRef="g" targetRef="t"/>
					<userTask id="t" name="Check"/>""")),
			Map.entry("timer", process("""
					<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t" name="Check"/>
					<boundaryEvent id="b" attachedToRef="t" cancelActivity="false">
					<timerEventDefinition><timeDuration>PAYLOAD</timeDuration></timerEventDefinition></boundaryEvent>""")),
			Map.entry("process name", """
					<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="renloop">
					<process id="p" name="PAYLOAD" isExecutable="true"><startEvent id="s"/>
					<sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t" name="Check"/></process>
					</definitions>"""));

	static final String UNCHECKED = "security-test";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Test
	void theReportedProbeIsRefusedForAcme() {
		ApiClient acme = ApiClient.as(port, "hr@acme.example");
		String probe = PLACEMENTS.get("task name").replace("PAYLOAD", xml(PROBE));
		JsonNode problem = assertProblem(upload(acme, "offer", probe), 422);
		assertThat(problem.get("detail").asString()).contains("getClass");
		assertThat(acme.get("/api/v1/approvals/chains/offer").json().get("source").asString()).isNotEqualTo("BPMN");
	}

	@Test
	void everyInjectionPayloadIsRefusedWhereverItStands() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		List<String> accepted = new ArrayList<>();
		for (Map.Entry<String, String> placement : PLACEMENTS.entrySet()) {
			for (String payload : InjectionCorpus.payloads()) {
				String xml = placement.getValue().replace("PAYLOAD", xml(payload));
				ApiClient.Response response = upload(hr, newSubjectType(), xml);
				if (response.status() != 422) {
					accepted.add(placement.getKey() + " ← " + payload + " → " + response.status());
				}
			}
		}
		assertThat(accepted).isEmpty();
	}

	@Test
	void extensionsThatLoadClassesOrStartThemselvesAreRefused() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		List<String> refused = List.of(
				process("""
						<extensionElements><flowable:eventListener class="java.lang.Object"/></extensionElements>
						<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t"/>"""),
				process("""
						<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t">
						<extensionElements><flowable:taskListener event="create" class="java.lang.Object"/>
						</extensionElements></userTask>"""),
				process("""
						<startEvent id="s"><timerEventDefinition><timeCycle>R/PT1M</timeCycle></timerEventDefinition>
						</startEvent><sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t"/>"""),
				process("""
						<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
						<userTask id="t" flowable:skipExpression="true" flowable:formKey="x"/>"""),
				process("""
						<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t"/>
						<boundaryEvent id="b" attachedToRef="t"><signalEventDefinition signalRef="x"/></boundaryEvent>"""),
				"""
						<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "${''.getClass()}">]>
						<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="r">
						<process id="p" isExecutable="true"><startEvent id="s"/>
						<sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t" name="&e;"/></process>
						</definitions>""");
		for (String xml : refused) {
			assertProblem(upload(hr, newSubjectType(), xml), 422);
		}
	}

	@Test
	void chainStepNamesAreTextNotExpressions() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		Map<String, Object> named = Map.of("name", PROBE, "kind", "ROLE", "role", "HR_ADMIN", "amountAbove", 1000);
		assertThat(errorFields(assertProblem(hr.put("/api/v1/approvals/chains/" + newSubjectType(),
				Map.of("steps", List.of(named))), 400))).containsExactly("steps[0].name");
		Map<String, Object> huge = Map.of("name", "Finance", "kind", "ROLE", "role", "HR_ADMIN", "amountAbove", 1e308);
		assertThat(errorFields(assertProblem(hr.put("/api/v1/approvals/chains/" + newSubjectType(),
				Map.of("steps", List.of(huge))), 400))).containsExactly("steps[0].amountAbove");
	}

	@Test
	void theEngineRefusesMemberAccessEvenInADefinitionThatSkippedTheChecks() {
		String named = deployUnchecked(PLACEMENTS.get("task name"), PROBE);
		String instance = runtime.startProcessInstanceByKeyAndTenantId(named, UNCHECKED).getId();
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getName())
			.as("the name stays text: the engine fell back to it when the sandbox refused the call")
			.isEqualTo(PROBE);
		String conditioned = deployUnchecked(PLACEMENTS.get("flow condition"),
				"${''.getClass().forName('java.lang.Runtime') != null}");
		assertThatThrownBy(() -> runtime.startProcessInstanceByKeyAndTenantId(conditioned, UNCHECKED))
			.hasStackTraceContaining("not allowed");
	}

	private String deployUnchecked(String placement, String payload) {
		String key = "unchecked_" + UUID.randomUUID().toString().replace("-", "");
		repository.createDeployment()
			.tenantId(UNCHECKED)
			.addString(key + ".bpmn20.xml", placement.replace("id=\"p\"", "id=\"" + key + "\"")
				.replace("PAYLOAD", xml(payload)))
			.deploy();
		return key;
	}

	private static ApiClient.Response upload(ApiClient client, String subjectType, String xml) {
		return client.postFile("/api/v1/approvals/chains/" + subjectType + "/bpmn", "file", "p.bpmn20.xml",
				xml.getBytes(StandardCharsets.UTF_8));
	}

	private static String newSubjectType() {
		return ApprovalChainTests.newSubjectType();
	}

	private static String task(String attributes) {
		return process("""
				<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
				<userTask id="t" ATTRIBUTES/>""".replace("ATTRIBUTES", attributes));
	}

	private static String loop(String attributes, String body) {
		return process("""
				<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
				<userTask id="t" name="Check"><multiInstanceLoopCharacteristics isSequential="true" ATTRIBUTES>BODY
				</multiInstanceLoopCharacteristics></userTask>""".replace("ATTRIBUTES", attributes).replace("BODY", body));
	}

	private static String process(String elements) {
		return """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
				    xmlns:activiti="http://activiti.org/bpmn" targetNamespace="renloop">
				<process id="p" isExecutable="true">ELEMENTS</process></definitions>""".replace("ELEMENTS", elements);
	}

	private static final UnaryOperator<String> XML = text -> text.replace("&", "&amp;")
		.replace("<", "&lt;")
		.replace("\"", "&quot;");

	private static String xml(String text) {
		return XML.apply(text);
	}
}

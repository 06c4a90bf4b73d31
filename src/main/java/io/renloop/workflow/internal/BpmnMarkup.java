package io.renloop.workflow.internal;

import io.renloop.platform.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a tenant's BPMN file as markup, before the engine sees it, against an allow-list: only the elements and
 * attributes of processes that run no code (events, user and manual tasks, gateways, flows, timers, multi-instance
 * loops, documentation and diagram layout), timers as literal ISO-8601 values, and expressions only in the closed
 * language of {@link TenantExpressions} — in every attribute and every text, whichever of them the engine evaluates.
 * Anything unknown is refused, so a new engine feature cannot open a hole by itself.
 */
final class BpmnMarkup {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final Set<String> DIAGRAM = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
			"http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI");

	private static final Set<String> ENGINE_EXTENSIONS = Set.of("http://flowable.org/bpmn", "http://activiti.org/bpmn");

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/** Engine extension attributes that only name people, groups, dates or variables. */
	private static final Set<String> EXTENSION_ATTRIBUTES = Set.of("candidateGroups", "candidateUsers", "assignee",
			"dueDate", "priority", "category", "collection", "elementVariable");

	private static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
			Map.entry("definitions", Set.of("targetNamespace", "typeLanguage", "expressionLanguage", "exporter",
					"exporterVersion")),
			Map.entry("process", Set.of("isExecutable", "isClosed", "processType")), Map.entry("startEvent", Set.of()),
			Map.entry("endEvent", Set.of()), Map.entry("userTask", Set.of("default")),
			Map.entry("manualTask", Set.of("default")),
			Map.entry("exclusiveGateway", Set.of("default", "gatewayDirection")),
			Map.entry("inclusiveGateway", Set.of("default", "gatewayDirection")),
			Map.entry("parallelGateway", Set.of("gatewayDirection")),
			Map.entry("sequenceFlow", Set.of("sourceRef", "targetRef", "isImmediate")),
			Map.entry("conditionExpression", Set.of()),
			Map.entry("boundaryEvent", Set.of("attachedToRef", "cancelActivity", "parallelMultiple")),
			Map.entry("intermediateCatchEvent", Set.of("parallelMultiple")),
			Map.entry("timerEventDefinition", Set.of()), Map.entry("timeDuration", Set.of()),
			Map.entry("timeDate", Set.of()), Map.entry("multiInstanceLoopCharacteristics", Set.of("isSequential",
					"behavior")),
			Map.entry("loopCardinality", Set.of()), Map.entry("completionCondition", Set.of()),
			Map.entry("documentation", Set.of("textFormat")), Map.entry("textAnnotation", Set.of("textFormat")),
			Map.entry("text", Set.of()),
			Map.entry("association", Set.of("sourceRef", "targetRef", "associationDirection")),
			Map.entry("incoming", Set.of()), Map.entry("outgoing", Set.of()), Map.entry("laneSet", Set.of()),
			Map.entry("lane", Set.of()), Map.entry("flowNodeRef", Set.of()), Map.entry("extensionElements", Set.of()));

	private static final Set<String> RESERVED_NAMES = Set.of("execution", "task", "authenticatedUserId",
			"variableContainer", "approvalReminders", "approvalEscalations");

	private static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][A-Za-z0-9_]{0,30}");

	private static final Pattern CARDINALITY = Pattern.compile("\\d{1,2}");

	private BpmnMarkup() {
	}

	/** Throws a 422 {@code BusinessRuleException} naming the first element, attribute or expression refused. */
	static void check(byte[] bpmnXml) {
		Set<String> elementVariables = new HashSet<>();
		walk(bpmnXml, new Visitor() {
			@Override
			public void attribute(String elementNamespace, String element, String namespace, String name,
					String value) {
				if (ENGINE_EXTENSIONS.contains(namespace) && name.equals("elementVariable")) {
					String variable = value.strip();
					if (!VARIABLE_NAME.matcher(variable).matches() || RESERVED_NAMES.contains(variable)
							|| TenantExpressions.PROCESS_VARIABLES.contains(variable)) {
						throw unsafe(element + "@elementVariable");
					}
					elementVariables.add(variable);
				}
			}
		});
		walk(bpmnXml, new Checks(Set.copyOf(elementVariables)));
	}

	private interface Visitor {

		default void element(String parent, String namespace, String name, String id) {
		}

		default void attribute(String elementNamespace, String element, String namespace, String name,
				String value) {
		}

		default void text(String element, String text) {
		}
	}

	private record Checks(Set<String> variables) implements Visitor {

		@Override
		public void element(String parent, String namespace, String name, String id) {
			boolean known = DIAGRAM.contains(namespace) || BPMN.equals(namespace) && ELEMENTS.containsKey(name);
			if (!known || "extensionElements".equals(parent)) {
				throw unsafe(id == null ? name : name + " (" + id + ")");
			}
		}

		@Override
		public void attribute(String elementNamespace, String element, String namespace, String name,
				String value) {
			boolean known = namespace.isEmpty()
					? DIAGRAM.contains(elementNamespace) || name.equals("id") || name.equals("name")
							|| ELEMENTS.getOrDefault(element, Set.of()).contains(name)
					: ENGINE_EXTENSIONS.contains(namespace) && EXTENSION_ATTRIBUTES.contains(name)
							|| XSI.equals(namespace) && name.equals("type");
			if (!known) {
				throw unsafe(element + "@" + name);
			}
			requireClosedLanguage(value, element + "@" + name);
		}

		@Override
		public void text(String element, String text) {
			switch (element) {
				case "timeDuration" -> requireDuration(text);
				case "timeDate" -> requireDate(text);
				case "conditionExpression", "completionCondition" -> {
					if (!TenantExpressions.isSingleAllowedExpression(text, variables)) {
						throw expression(text, element);
					}
				}
				case "loopCardinality" -> {
					if (!CARDINALITY.matcher(text.strip()).matches()
							&& !TenantExpressions.isSingleAllowedExpression(text, variables)) {
						throw expression(text, element);
					}
				}
				default -> requireClosedLanguage(text, element);
			}
		}

		private void requireClosedLanguage(String text, String where) {
			TenantExpressions.firstRefused(text, variables).ifPresent(refused -> {
				throw expression(refused, where);
			});
		}
	}

	private static void walk(byte[] bpmnXml, Visitor visitor) {
		XMLStreamReader reader = null;
		try {
			reader = factory().createXMLStreamReader(new ByteArrayInputStream(bpmnXml));
			Deque<String> open = new ArrayDeque<>();
			Deque<StringBuilder> texts = new ArrayDeque<>();
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
					case XMLStreamConstants.START_ELEMENT -> {
						String name = reader.getLocalName();
						String namespace = Objects.toString(reader.getNamespaceURI(), "");
						visitor.element(open.peek(), namespace, name, reader.getAttributeValue(null, "id"));
						for (int i = 0; i < reader.getAttributeCount(); i++) {
							visitor.attribute(namespace, name, Objects.toString(reader.getAttributeNamespace(i), ""), reader.getAttributeLocalName(i),
									reader.getAttributeValue(i));
						}
						open.push(name);
						texts.push(new StringBuilder());
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (!texts.isEmpty()) {
							texts.peek().append(reader.getText());
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						String text = texts.pop().toString();
						String element = open.pop();
						if (!text.isBlank()) {
							visitor.text(element, text);
						}
					}
					case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
							XMLStreamConstants.PROCESSING_INSTRUCTION ->
						throw unsafe("<!DOCTYPE/?>");
					default -> {
					}
				}
			}
		}
		catch (XMLStreamException | RuntimeException bad) {
			if (bad instanceof BusinessRuleException refused) {
				throw refused;
			}
			throw new BusinessRuleException(422, "workflow.bpmn.unreadable");
		}
		finally {
			close(reader);
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newInstance();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private static void requireDuration(String text) {
		try {
			if (Duration.parse(text.strip()).compareTo(Duration.ofMinutes(1)) >= 0) {
				return;
			}
		}
		catch (DateTimeParseException bad) {
			// refused below
		}
		throw new BusinessRuleException(422, "workflow.bpmn.timer", abbreviated(text));
	}

	private static void requireDate(String text) {
		try {
			OffsetDateTime.parse(text.strip());
		}
		catch (DateTimeParseException bad) {
			throw new BusinessRuleException(422, "workflow.bpmn.timer", abbreviated(text));
		}
	}

	static BusinessRuleException unsafe(String where) {
		return new BusinessRuleException(422, "workflow.bpmn.unsafe", abbreviated(where));
	}

	private static BusinessRuleException expression(String expression, String where) {
		return new BusinessRuleException(422, "workflow.bpmn.expression", abbreviated(expression), where);
	}

	private static String abbreviated(String text) {
		String stripped = text.strip();
		return stripped.length() <= 80 ? stripped : stripped.substring(0, 80) + "…";
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ignored) {
				// nothing left to release
			}
		}
	}
}
